// A timing measurement, so not part of `npm test` (a busy machine makes it
// flaky): run with `npm run test:bench`. An unknown email costs as much as a
// known one, so sign-in does not tell which emails have accounts.
import { afterAll, beforeAll, expect, it } from "vitest";
import { authenticate } from "@/lib/data/sign-in";
import { makeTree, testDb, type Users } from "@/tests/integration/support/fixtures";

const db = testDb();
let users: Users;

beforeAll(async () => {
  ({ users } = await makeTree(db));
});
afterAll(() => db.$disconnect());

const ip = () => `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

it("takes as long for an unknown email as for a known one", async () => {
  const time = async (email: string) => {
    const started = performance.now();
    await authenticate({ email, password: "sai-mat-khau-nhe", ip: ip() });
    return performance.now() - started;
  };
  await time("khong-co@test.vn"); // warm-up: the dummy hash is made once
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < 3; i++) {
    known.push(await time(users.childStaff.email));
    unknown.push(await time(`khong-co-${i}@test.vn`));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
  // Both pay for one argon2id verification; the unknown email is not measurably faster.
  expect(median(unknown)).toBeGreaterThan(median(known) * 0.6);
});
