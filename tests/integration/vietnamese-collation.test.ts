// Names sort in Vietnamese order even on a database created with the C
// locale: the name columns carry the ICU collation the migrations create.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

// Vietnamese order: A Ă Â B C D Đ E Ê G … O Ô Ơ … U Ư … Y, tones after the letter.
const VIETNAMESE_ORDER = ["An Giang", "Ăn Quán", "Ân Thi", "Bình Dương", "Dak Lak", "Đà Nẵng", "Điện Biên", "Ong Lớn", "Ông Đồ", "Ơn Nghĩa", "Út Tịch", "Ưu Tú", "Yên Bái"];

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase("c_locale", { cLocale: true });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await database.drop();
});

describe("Vietnamese name order", () => {
  it("holds on a database created with the C locale", async () => {
    const { rows } = await client.query<{ collate: string }>(`select datcollate as collate from pg_database where datname = current_database()`);
    expect(rows[0]?.collate).toBe("C");
    const shuffled = [...VIETNAMESE_ORDER].reverse();
    for (const [i, name] of shuffled.entries()) {
      await client.query(
        `insert into committees (id, slug, name, short_name, level, locality, valid_from, updated_at) values ($1, $1, $2, $2, 'PROVINCE', $2, '2020-01-01', now())`,
        [`c${i}`, name],
      );
    }
    const sorted = await client.query<{ name: string }>(`select name from committees order by name`);
    expect(sorted.rows.map((row) => row.name)).toEqual(VIETNAMESE_ORDER);
    // The byte order of the C locale would be different: the collation does the work.
    const bytes = await client.query<{ name: string }>(`select name from committees order by name collate "C"`);
    expect(bytes.rows.map((row) => row.name)).not.toEqual(VIETNAMESE_ORDER);
  });

  it("holds for users and partners too", async () => {
    await client.query(`insert into users (id, email, name, password_hash, role, updated_at) values ('u1', 'u1@x.vn', 'Đỗ Văn A', 'x', 'STAFF', now()), ('u2', 'u2@x.vn', 'Dương Thị B', 'x', 'STAFF', now())`);
    const users = await client.query<{ name: string }>(`select name from users order by name`);
    expect(users.rows.map((row) => row.name)).toEqual(["Dương Thị B", "Đỗ Văn A"]);
    await client.query(`insert into partners (id, name, short_name, kind, committee_id, updated_at) values ('p1', 'Ủy ban nhân dân', 'UBND', 'GOVERNMENT', 'c0', now()), ('p2', 'Hội Nông dân', 'HND', 'FARMERS_UNION', 'c0', now())`);
    const partners = await client.query<{ name: string }>(`select name from partners order by name`);
    expect(partners.rows.map((row) => row.name)).toEqual(["Hội Nông dân", "Ủy ban nhân dân"]);
  });
});
