import { streak, weeklyMinutes } from "../src/utils/stats";

test("weeklyMinutes sums only the given week", () => {
  const ws = [
    { id: "1", date: "2024-05-06", kind: "run" as const, minutes: 30 },
    { id: "2", date: "2024-05-12", kind: "yoga" as const, minutes: 20 },
    { id: "3", date: "2024-05-13", kind: "ride" as const, minutes: 60 },
  ];
  expect(weeklyMinutes(ws, "2024-05-06")).toBe(50);
});

test("streak counts consecutive days", () => {
  expect(streak(["2024-05-10", "2024-05-09", "2024-05-07"], "2024-05-10")).toBe(2);
});
