// The core journeys in WebKit, Safari's engine (./journeys.mjs).
import { webkit } from './drivers.mjs';
import { coreJourneys } from './journeys.mjs';

coreJourneys('WebKit', webkit);
