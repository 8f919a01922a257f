import AsyncStorage from "@react-native-async-storage/async-storage";

export interface Workout {
  id: string;
  date: string; // ISO day
  kind: "run" | "ride" | "strength" | "yoga";
  minutes: number;
  calories?: number;
}

const KEY = "workouts:v1";

export async function loadWorkouts(): Promise<Workout[]> {
  const raw = await AsyncStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Workout[]) : [];
}

export async function saveWorkout(w: Workout): Promise<void> {
  const all = await loadWorkouts();
  all.push(w);
  await AsyncStorage.setItem(KEY, JSON.stringify(all));
}
