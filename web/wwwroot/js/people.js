// The people the workspace names: everyone in the directory, by name, title and unit (never an id on screen).
import { api } from './api.js';

let loading = null;
let byId = new Map();

export async function loadPeople() {
  loading ??= api('/api/people').then((people) => {
    byId = new Map(people.map((p) => [p.id, p]));
    return people;
  });
  return loading;
}

export const person = (id) => byId.get(id) ?? null;

/** A person's name, or a neutral word for someone the directory does not know (never the raw id). */
export const nameOf = (id) => byId.get(id)?.name ?? (id ? 'okänd person' : '');

/** "Erik Sandberg, Grundskolerektor, Backaskolan". */
export function describePerson(id) {
  const p = byId.get(id);
  return p ? [p.name, p.title, p.unit].filter(Boolean).join(', ') : nameOf(id);
}

export const practitioners = () => [...byId.values()].filter((p) => p.practitioner);
export const childContacts = () => [...byId.values()].filter((p) => p.canBeChildContact);
