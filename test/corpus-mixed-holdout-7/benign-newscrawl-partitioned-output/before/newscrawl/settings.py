BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"

USER_AGENT = "newscrawl/1.2 (+https://news-archive.example.org/bot)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True

DOWNLOADER_MIDDLEWARES = {
    "newscrawl.middlewares.SkipBinaryMiddleware": 543,
}

ITEM_PIPELINES = {
    "newscrawl.pipelines.CleanTextPipeline": 100,
    "newscrawl.pipelines.JsonLinesPipeline": 300,
}

OUTPUT_DIR = "data/articles"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
