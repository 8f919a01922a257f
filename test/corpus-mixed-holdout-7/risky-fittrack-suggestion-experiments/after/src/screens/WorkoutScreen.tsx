import { useEffect, useState } from "react";
import { Button, FlatList, Text, View } from "react-native";
import { loadWorkouts, type Workout } from "../storage/workouts";
import { weeklyMinutes } from "../utils/stats";

export default function WorkoutScreen({ weekStart }: { weekStart: string }) {
  const [workouts, setWorkouts] = useState<Workout[]>([]);

  useEffect(() => {
    loadWorkouts().then(setWorkouts);
  }, []);

  return (
    <View style={{ padding: 16 }}>
      <Text style={{ fontSize: 20 }}>This week: {weeklyMinutes(workouts, weekStart)} min</Text>
      <FlatList
        data={workouts}
        keyExtractor={(w) => w.id}
        renderItem={({ item }) => (
          <Text>
            {item.date} · {item.kind} · {item.minutes} min
          </Text>
        )}
      />
      <Button title="Refresh" onPress={() => loadWorkouts().then(setWorkouts)} />
    </View>
  );
}
