import { beforeEach, describe, expect, it } from "vitest";
import { useBoard } from "./store";

describe("board store", () => {
  beforeEach(() => useBoard.setState({ cards: [] }));

  it("gives new cards unique ids", () => {
    useBoard.getState().addCard("a");
    useBoard.getState().addCard("b");
    const [a, b] = useBoard.getState().cards;
    expect(a.id).not.toBe(b.id);
  });

  it("moves a card", () => {
    useBoard.getState().addCard("a");
    const id = useBoard.getState().cards[0].id;
    useBoard.getState().moveCard(id, "done");
    expect(useBoard.getState().cards[0].column).toBe("done");
  });
});
