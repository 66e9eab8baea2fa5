import { describe, expect, it } from "vitest";
import { general } from "@/lib/request-types/types/general";
import { typeWords } from "./request-type-words";
import { wordsOfType } from "./type-words";

describe("a request type's words", () => {
  it("come from the type's own messages in the asked language", () => {
    expect(typeWords("zh-CN", "GENERAL").label).toBe(general.messages["zh-CN"].label);
    const en = typeWords("en", "GENERAL");
    expect(en.label).toBe("Other need");
    expect(en.description).toBe(general.messages.en.description);
    expect(en.field("subject")).toBe("Subject");
    expect(en.help("description")).toBe("What is the problem, and what help do you need?");
    expect(en.help("subject")).toBeUndefined();
  });

  it("name a type, field or option nobody registered by itself", () => {
    const gone = typeWords("en", "RETIRED_TYPE");
    expect([gone.label, gone.field("plate"), gone.option("kind", "X")]).toEqual(["RETIRED_TYPE", "plate", "X"]);
    expect(gone.help("plate")).toBeUndefined();
    const en = typeWords("en", "GENERAL");
    expect([en.field("constructor"), en.option("subject", "toString")]).toEqual(["constructor", "toString"]);
  });

  it("read an option's label where the type has one", () => {
    const words = wordsOfType({ label: "L", description: "D", fields: { size: { label: "Size", options: { S: "Small" } } } }, "T");
    expect([words.option("size", "S"), words.option("size", "XL")]).toEqual(["Small", "XL"]);
  });
});
