import { ValidationPipe } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import { AppModule } from "./app.module";

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }));
  // Expo dev clients and the store builds use changing origins; reflect whatever the app sends
  app.enableCors({ origin: true, credentials: true });
  await app.listen(Number(process.env.PORT ?? 3000));
}
bootstrap();
