import json
import sqlite3


class NoteStore:
    def __init__(self, path):
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT, tags TEXT)"
        )

    def add(self, text, tags):
        cur = self.conn.execute(
            "INSERT INTO notes (text, tags) VALUES (?, ?)", (text, json.dumps(tags))
        )
        self.conn.commit()
        return cur.lastrowid

    def get(self, note_id):
        row = self.conn.execute(
            "SELECT id, text, tags FROM notes WHERE id = ?", (note_id,)
        ).fetchone()
        return None if row is None else {"id": row[0], "text": row[1], "tags": json.loads(row[2])}

    def all(self):
        rows = self.conn.execute("SELECT id, text, tags FROM notes ORDER BY id").fetchall()
        return [{"id": r[0], "text": r[1], "tags": json.loads(r[2])} for r in rows]
