import { Body, Controller, Get, Param, Post, Req, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { IsISO8601, IsString, Length } from "class-validator";
import type { JwtUser } from "../auth/jwt.strategy";
import { AppointmentsService } from "./appointments.service";

export class CreateAppointmentDto {
  @IsString() @Length(1, 64) clinicianId!: string;
  @IsISO8601() startsAt!: string;
  @IsString() @Length(0, 500) note!: string;
}

@Controller("appointments")
@UseGuards(AuthGuard("jwt"))
export class AppointmentsController {
  constructor(private readonly service: AppointmentsService) {}

  @Get()
  list(@Req() req: { user: JwtUser }) {
    return this.service.listFor(req.user.userId);
  }

  @Get(":id")
  get(@Req() req: { user: JwtUser }, @Param("id") id: string) {
    return this.service.getFor(req.user.userId, id);
  }

  @Post()
  create(@Req() req: { user: JwtUser }, @Body() dto: CreateAppointmentDto) {
    return this.service.create(req.user.userId, dto);
  }
}
