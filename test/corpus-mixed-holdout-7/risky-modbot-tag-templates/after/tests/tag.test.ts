import { expect, it } from "vitest";
import { render } from "../src/commands/tag.js";

it("fills placeholders", () => {
  expect(render("Hi {user} from {server}", { user: "@ann", server: "Chess" })).toBe("Hi @ann from Chess");
});
