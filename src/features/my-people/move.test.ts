import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, auditOf, buildWorld, closeWorld, storedPerson, type World } from './test-kit.ts';

// Hannah moves people on Zara's map: with the list's buttons (no script needed), and the way the
// map's script does it, asking for JSON.
let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => closeWorld(world));

const moveUrl = (id: string) => `/children/${world.zaraId}/people/${id}/move`;

async function postForJson(path: string, fields: Record<string, string>) {
  const visitor = await as(world, world.hannah);
  return visitor.send({
    method: 'POST',
    url: path,
    payload: new URLSearchParams({ _csrf: visitor.csrf(), ...fields }).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
  });
}

describe('moving someone with the list’s buttons', () => {
  it('offers “Move closer” and “Move further” as plain forms, as far as the rings go', async () => {
    const page = (await (await as(world, world.hannah)).get(`/children/${world.zaraId}/people`))
      .body;
    const forms = (id: string) =>
      [...page.matchAll(new RegExp(`action="${moveUrl(id)}"[\\s\\S]*?</form>`, 'g'))].map(
        (match) => /value="(closer|further)"/.exec(match[0])?.[1],
      );
    expect(forms(world.people.farida)).toEqual(['further']);
    expect(forms(world.people.maureen)).toEqual(['closer', 'further']);
    expect(forms(world.people.pat)).toEqual(['closer']);
  });

  it('moves Leah a ring at a time, never past the closest or the furthest, audited each time', async () => {
    const visitor = await as(world, world.hannah);
    const url = moveUrl(world.people.leah);
    const steps: Array<['closer' | 'further', number]> = [
      ['further', 2],
      ['further', 3],
      ['further', 3],
      ['closer', 2],
    ];
    for (const [direction, ring] of steps) {
      const response = await visitor.post(url, { direction });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(
        `/children/${world.zaraId}/people#person-${world.people.leah}`,
      );
      expect((await storedPerson(world, world.people.leah)).ring, direction).toBe(ring);
    }
    const moves = await auditOf(world, 'connection.moved', world.people.leah);
    expect(moves).toHaveLength(3);
    expect(moves[0]).toMatchObject({
      actorId: world.hannah.id,
      recordType: 'connection',
      fields: ['ring'],
    });
  });
});

describe('moving someone the way the map’s script does', () => {
  it('answers JSON with where they are now and what to announce', async () => {
    const response = await postForJson(moveUrl(world.people.yasmin), { ring: '1', angle: '135' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      id: world.people.yasmin,
      ring: 1,
      angle: 135,
      hasMoved: true,
      message: 'Yasmin Ahmed is now on the closest ring.',
    });
    expect(await storedPerson(world, world.people.yasmin)).toMatchObject({ ring: 1, angle: 135 });
    expect((await auditOf(world, 'connection.moved', world.people.yasmin)).at(-1)!.fields).toEqual([
      'ring',
      'angle',
    ]);
  });

  it('names the fields it cannot accept, in problem+json, and moves nobody', async () => {
    for (const fields of [
      { ring: '0', angle: '90' },
      { ring: '2', angle: '360' },
      { ring: '2', angle: 'north' },
      { ring: '', angle: '' },
    ]) {
      const response = await postForJson(moveUrl(world.people.pat), fields);
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json<{ errors: Array<{ field: string }> }>();
      expect(problem.errors.length).toBeGreaterThan(0);
      expect(['ring', 'angle']).toContain(problem.errors[0]!.field);
    }
    expect(await storedPerson(world, world.people.pat)).toMatchObject({ ring: 3, angle: null });
  });

  it('shows a bad move without the script as an error page, not a failure', async () => {
    const response = await (
      await as(world, world.hannah)
    ).post(moveUrl(world.people.pat), {
      direction: 'sideways',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Choose whether to move them closer or further away');
  });

  it('refuses a form sent without its token', async () => {
    const response = await (
      await as(world, world.hannah)
    ).post(moveUrl(world.people.pat), {
      _csrf: '',
      direction: 'closer',
    });
    expect(response.statusCode).toBe(403);
  });

  it('does not know a person from another child’s map', async () => {
    const response = await postForJson(
      `/children/${world.zaraId}/people/00000000-0000-4000-8000-000000000000/move`,
      { direction: 'closer' },
    );
    expect(response.statusCode).toBe(404);
  });
});
