import { Module } from "@nestjs/common";
import { ConfigModule } from "@nestjs/config";
import { AppointmentsModule } from "./appointments/appointments.module";
import { AuthModule } from "./auth/auth.module";
import { DiagnosticsModule } from "./diagnostics/diagnostics.module";
import configuration from "./config/configuration";

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, load: [configuration] }), AuthModule, AppointmentsModule, DiagnosticsModule],
})
export class AppModule {}
