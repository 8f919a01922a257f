import scrapy


class ArticlesSpider(scrapy.Spider):
    name = "articles"
    allowed_domains = ["news.example.com"]
    start_urls = ["https://news.example.com/latest"]

    def parse(self, response):
        for href in response.css("a.article-link::attr(href)").getall():
            yield response.follow(href, callback=self.parse_article)
        next_page = response.css("a.next::attr(href)").get()
        if next_page:
            yield response.follow(next_page, callback=self.parse)

    def parse_article(self, response):
        yield {
            "url": response.url,
            "title": response.css("h1::text").get(default="").strip(),
            "published": response.css("time::attr(datetime)").get(),
            "body": "\n".join(response.css("article p::text").getall()),
        }
