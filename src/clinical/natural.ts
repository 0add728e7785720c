// The one place that imports `natural`: a default import (its ESM named exports fail at run time),
// after silencing dotenv.
import './quietDotenv.ts';
import natural from 'natural';

export default natural;
