import { NotFoundException } from "@nestjs/common";
import { AppointmentsService } from "./appointments.service";

describe("AppointmentsService", () => {
  const input = { clinicianId: "c1", startsAt: "2024-05-01T09:00:00Z", note: "" };

  it("only lists the caller's appointments", () => {
    const svc = new AppointmentsService();
    svc.create("p1", input);
    svc.create("p2", input);
    expect(svc.listFor("p1")).toHaveLength(1);
  });

  it("hides other patients' appointments", () => {
    const svc = new AppointmentsService();
    const appt = svc.create("p2", input);
    expect(() => svc.getFor("p1", appt.id)).toThrow(NotFoundException);
  });
});
