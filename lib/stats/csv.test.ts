import { describe, expect, it } from "vitest";
import { BOM, csvField, csvRecord, neutralise, toCsv } from "./csv";
import { parseCsv } from "@/tests/fixtures/csv";

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends every record with CRLF", () => {
    const csv = toCsv(["单位", "解决率"], [["赤岸镇", "85.0%"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe("单位,解决率\r\n赤岸镇,85.0%\r\n");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    expect(csvField('他说"好",行')).toBe('"他说""好"",行"');
    expect(csvField("第一行\n第二行")).toBe('"第一行\n第二行"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("plain")).toBe("plain");
  });

  it("writes an absent value as an empty field and numbers as digits", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(13)).toBe("13");
    expect(csvField(-2.5)).toBe("-2.5");
    expect(csvField(Number.NaN)).toBe("");
  });

  it.each(['=HYPERLINK("http://x")', "+86 138", "-1+1", "@SUM(A1)", "\tcmd", "\r=1"])("neutralises a text cell starting a formula: %j", (value) => {
    const field = csvField(value);
    expect(parseCsv(toCsv(["x"], [[value]]))[1][0]).toBe(`'${value}`);
    expect(field.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("leaves ordinary text alone, including a minus inside it", () => {
    expect(neutralise("义乌-金华")).toBe("义乌-金华");
    expect(neutralise("YW-2026-000123")).toBe("YW-2026-000123");
  });

  it("round-trips through a parser", () => {
    const rows = [["a,b", 'q"q', "多\n行", null, 7]];
    expect(parseCsv(toCsv(["h1", "h2", "h3", "h4", "h5"], rows))).toEqual([
      ["h1", "h2", "h3", "h4", "h5"],
      ["a,b", 'q"q', "多\n行", "", "7"],
    ]);
  });
});

describe("csvRecord (a streamed export, one record at a time)", () => {
  it("neutralises a formula and quotes like toCsv, so the pieces make the same document", () => {
    expect(csvRecord(['=HYPERLINK("http://x")', "a,b", null, 3])).toBe(`"'=HYPERLINK(""http://x"")","a,b",,3\r\n`);
    const rows = [
      ["编号", "企业"],
      ["YW-2026-000001", "@SUM(A1)"],
    ];
    expect(BOM + rows.map(csvRecord).join("")).toBe(toCsv(rows[0]!, rows.slice(1)));
  });
});
