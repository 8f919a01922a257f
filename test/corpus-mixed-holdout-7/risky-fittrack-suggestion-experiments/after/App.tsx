import { useEffect } from "react";
import { applyRemoteTweaks, initExperiments } from "./src/experiments";
import WorkoutScreen from "./src/screens/WorkoutScreen";

function mondayOf(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export default function App({ userId = "anonymous" }: { userId?: string }) {
  useEffect(() => {
    initExperiments(userId);
    void applyRemoteTweaks();
  }, [userId]);
  return <WorkoutScreen weekStart={mondayOf(new Date())} />;
}
