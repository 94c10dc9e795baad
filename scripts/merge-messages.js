#!/usr/bin/env node
// Git merge driver for messages/*.json: the union of both sides' keys (theirs wins on a clash), sorted.
// Enable once per clone: git config merge.messages.driver "node scripts/merge-messages.js %O %A %B"
import { readFileSync, writeFileSync } from 'node:fs';

const [, , , oursPath, theirsPath] = process.argv;
const ours = JSON.parse(readFileSync(oursPath, 'utf8'));
const theirs = JSON.parse(readFileSync(theirsPath, 'utf8'));
const { $schema, ...merged } = { ...ours, ...theirs };
const sorted = Object.fromEntries(
	Object.keys(merged)
		.sort()
		.map((k) => [k, merged[k]])
);
writeFileSync(oursPath, JSON.stringify({ $schema, ...sorted }, null, '\t') + '\n');
