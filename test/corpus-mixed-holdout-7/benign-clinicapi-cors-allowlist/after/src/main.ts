import { ValidationPipe } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  const config = app.get(ConfigService);
  app.enableCors({
    origin: config.get<string[]>("cors.origins", []),
    credentials: true,
    methods: ["GET", "POST"],
    maxAge: 600,
  });
  await app.listen(Number(process.env.PORT ?? 3000));
}
bootstrap();
