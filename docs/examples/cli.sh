# The command line (npx quality-scorecard …). Exit codes: 0 all binding targets met, 1 some fall short, 2 invalid input, 3 internal error.
set -u
npx quality-scorecard list
npx quality-scorecard evaluate panan-2018 node_modules/quality-scorecard/fixtures/panan-2018/published-2018.json --format md --exit-zero > report.md
npx quality-scorecard evaluate jiaze-2016 node_modules/quality-scorecard/fixtures/jiaze-2016/shortfalls.json --format html --locale en --out report.html
echo "exit code with shortfalls: $?"
npx quality-scorecard validate node_modules/quality-scorecard/rules/jiaze-2016.json node_modules/quality-scorecard/fixtures/jiaze-2016/all-met.json
npx quality-scorecard schema ./schemas
