'use strict';

const { WebSocketServer } = require('ws');
const { Room } = require('./room.cjs');
const { decode, encode } = require('./protocol.cjs');

const PORT = Number(process.env.PORT || 8080);
const MAX_PLAYERS_PER_ROOM = 8;

const rooms = new Map();
let nextPlayerId = 1;

function findRoom() {
  for (const room of rooms.values()) {
    if (room.players.size < MAX_PLAYERS_PER_ROOM) return room;
  }
  const room = new Room(`room-${rooms.size + 1}`);
  rooms.set(room.id, room);
  room.start();
  return room;
}

const wss = new WebSocketServer({ port: PORT, maxPayload: 4096 });

wss.on('connection', (socket) => {
  const playerId = nextPlayerId++;
  const room = findRoom();
  room.join(playerId, socket);
  socket.send(encode({ type: 'welcome', playerId, roomId: room.id }));

  socket.on('message', (raw) => {
    const message = decode(raw);
    if (!message) return;
    if (message.type === 'input') {
      room.setInput(playerId, message);
    } else if (message.type === 'ping') {
      socket.send(encode({ type: 'pong', t: message.t }));
    }
  });

  socket.on('close', () => {
    room.leave(playerId);
    if (room.players.size === 0) {
      room.stop();
      rooms.delete(room.id);
    }
  });
});

console.log(`arena-ws listening on :${PORT}`);
