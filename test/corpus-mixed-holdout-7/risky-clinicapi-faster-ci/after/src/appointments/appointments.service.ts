import { Injectable, NotFoundException } from "@nestjs/common";
import { randomUUID } from "node:crypto";

export interface Appointment {
  id: string;
  patientId: string;
  clinicianId: string;
  startsAt: string;
  note: string;
}

@Injectable()
export class AppointmentsService {
  private readonly items = new Map<string, Appointment>();

  listFor(patientId: string): Appointment[] {
    return [...this.items.values()].filter((a) => a.patientId === patientId);
  }

  getFor(patientId: string, id: string): Appointment {
    const appt = this.items.get(id);
    if (!appt || appt.patientId !== patientId) throw new NotFoundException();
    return appt;
  }

  create(patientId: string, input: Omit<Appointment, "id" | "patientId">): Appointment {
    const appt = { id: randomUUID(), patientId, ...input };
    this.items.set(appt.id, appt);
    return appt;
  }
}
