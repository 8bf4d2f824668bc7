import { DEFAULT_CACHE_LOCATION } from './cache';
import { CHECK_FORMATS } from './commands/check';
import { REPORT_FORMATS } from './commands/report';

export const HELP = `Usage: product-specs <command> [options]

Commands:
  check [paths...]   Check spec files, folders or globs (default: the current folder)
  rules              List every rule with its area and default severity
  report [folder]    Write the responsibility report (default: the current folder)
  board [paths...]   Write the vision board and the roadmap board as one HTML page

Options for check:
  -f, --format <name>    Output format: ${CHECK_FORMATS.join(', ')} (default: stylish)
                         sarif: SARIF 2.1.0 for code scanning; github: workflow annotations
      --max-warnings <n> Exit with 1 when there are more than n warnings
      --today <date>     The date hints treat as today (YYYY-MM-DD)
      --cache            Reuse the last result when no spec, configuration or date changed
      --cache-location <file>  Where the cache is kept (default: ${DEFAULT_CACHE_LOCATION})
      --color, --no-color  Force colours on or off (default: only on a terminal)
  -h, --help             Show this help
  -v, --version          Show the version

Options for report:
  -f, --format <name>    Output format: ${REPORT_FORMATS.join(', ')} (default: md)
      --today <date>     The date hints treat as today (YYYY-MM-DD)
  -o, --out <file>       Write to this file instead of stdout; spec links are relative to it

Options for board:
      --today <date>     The date derived horizons are computed for (YYYY-MM-DD)
  -o, --out <file>       Write to this file instead of stdout; spec links are relative to it

Exit codes: 0 no errors, 1 errors found, 2 usage or configuration error.
report and board exit with 0 whatever the specs' findings.
`;
