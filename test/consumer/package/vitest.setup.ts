import { scorecardMatchers } from 'quality-scorecard/vitest';
import { expect } from 'vitest';

expect.extend(scorecardMatchers);
