// The core journeys in Firefox's engine, Gecko (./journeys.mjs).
import { firefox } from './drivers.mjs';
import { coreJourneys } from './journeys.mjs';

coreJourneys('Firefox', firefox);
