import { describe, expect, it } from "vitest";
import { fileStorageKind } from "./storage";

describe("fileStorageKind", () => {
  it("is local by default, postgres when asked, and refuses anything else by the variable's name", () => {
    expect(fileStorageKind({})).toBe("local");
    expect(fileStorageKind({ FILE_STORAGE: " postgres " })).toBe("postgres");
    expect(() => fileStorageKind({ FILE_STORAGE: "s3" })).toThrow(/FILE_STORAGE/);
  });
});
