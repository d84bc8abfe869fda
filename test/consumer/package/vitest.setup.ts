import { expect } from 'vitest';
import { scorecardMatchers } from 'quality-scorecard/vitest';

expect.extend(scorecardMatchers);
