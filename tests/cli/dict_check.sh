# dict_check.sh - `dyad dict check`: clean on the built-in dictionaries, and each
# lint caught, with its file and line, in a source folder written to break them.
. "$(dirname "$0")/lib.sh"

"$DYAD" dict check --dict-source "$SRC/dict" >"$T/err" 2>&1
expect_status $? 0 "dict check on the built-ins"
expect_grep '0 problems' "$T/err" "the built-ins have no problem"

# one folder per lint: the built-in folder with one extra file
lint() {
    name=$1
    rm -rf "$T/$name"
    cp -r "$SRC/dict" "$T/$name"
    cat >"$T/$name/zz-lint.txt"
    "$DYAD" dict check --dict-source "$T/$name" >"$T/$name.err" 2>&1
    expect_status $? 1 "dict check finds the $name"
}

lint unknown-code <<'EOF'
actor Bree Council
  type igo
  code QQQXYZ
EOF
expect_grep 'zz-lint.txt:3: .*unknown CAMEO code QQQXYZ' "$T/unknown-code.err" "an unknown CAMEO code, with its line"

lint inverted-range <<'EOF'
actor Mayor of Bree
  type person
  code GBRGOV 2019-05-01..2018-01-01
EOF
expect_grep 'zz-lint.txt:3: .*inverted date range' "$T/inverted-range.err" "an inverted range, with its line"

lint overlapping-ranges <<'EOF'
actor Reeve of Hobbiton
  type person
  code GBRGOV 2010-01-01..2015-12-31
  code GBRLEG 2014-01-01..2020-12-31
EOF
expect_grep 'zz-lint.txt:4: .*overlaps the range on line 3' "$T/overlapping-ranges.err" "overlapping ranges, with their lines"

lint conflicting-codes <<'EOF'
actor Vladimir Putin
  type person
  code UKRGOV
EOF
expect_grep 'zz-lint.txt:1: .*"Vladimir Putin" has conflicting codes' "$T/conflicting-codes.err" "one name with two codes"

lint hiding-alias <<'EOF'
actor Moscow Trading House
  type org
  alias Moscow
  code RUSGOV
EOF
expect_grep 'zz-lint.txt:1: alias "Moscow" hides the org entry' "$T/hiding-alias.err" "an alias that hides a more specific entry"

# a merge-conflict marker left in the verb dictionary
cp -r "$SRC/dict" "$T/markers"
sed 's/^- \* DOWN (FROM) *\[080\]/<<<<<<< HEAD\n&\n=======\n>>>>>>> other/' "$SRC/dict/verbs/cameo-2.0.txt" >"$T/markers/verbs/cameo-2.0.txt"
"$DYAD" dict check --dict-source "$T/markers" >"$T/markers.err" 2>&1
expect_status $? 1 "dict check finds merge-conflict markers"
expect_grep 'cameo-2.0.txt:[0-9]*: .*merge-conflict marker' "$T/markers.err" "a conflict marker, with its line"

# an unknown event code in a verb pattern
cp -r "$SRC/dict" "$T/verbs"
sed 's/^- \* DOWN (FROM) *\[080\]/- * DOWN (FROM)  [089!]/' "$SRC/dict/verbs/cameo-2.0.txt" >"$T/verbs/verbs/cameo-2.0.txt"
"$DYAD" dict check --dict-source "$T/verbs" >"$T/verbs.err" 2>&1
expect_status $? 1 "dict check finds an unknown event code"
expect_grep 'cameo-2.0.txt:[0-9]*: event code 089! is not in the CAMEO table' "$T/verbs.err" "an unknown event code, with its line"

# user dictionaries (dyad code --dict): the same code lints, on their own lines;
# giving a built-in name another code is what they are for, not a conflict
cat >"$T/user.actors.txt" <<'EOF'
# a PETRARCH actor file
BARLIMAN_BUTTERBUR_
[RSUGOV 190101-201231]
[GBRELI]
+BUTTERBUR_
VLADIMIR_PUTIN_  [UKRGOV]
EOF
"$DYAD" dict check --dict "$T/user.actors.txt" >"$T/user.err" 2>&1
expect_status $? 1 "dict check lints a PETRARCH user file"
expect_grep 'user.actors.txt:3: unknown CAMEO code RSUGOV' "$T/user.err" "an unknown code of a PETRARCH file, on its own line"
if grep -q 'conflicting' "$T/user.err"; then fail "a user file's new code for a built-in name is not a conflict"; else ok; fi
expect_grep '1 problem in .* and the --dict files' "$T/user.err" "the one problem counted"
cat >"$T/user.txt" <<'EOF'
actor Bree Watch
  type org
  code GBRSPY
agent reeve
  code GOV
EOF
"$DYAD" dict check --dict "$T/user.txt" >"$T/user2.err" 2>&1
expect_status $? 0 "a clean dyad-format user file"
sed 's/GBRSPY/GBRSPX/' "$T/user.txt" >"$T/user-bad.txt"
"$DYAD" dict check --dict "$T/user-bad.txt" >"$T/user3.err" 2>&1
expect_status $? 1 "a dyad-format user file with a bad code"
expect_grep 'user-bad.txt:3: unknown CAMEO code GBRSPX (its second part' "$T/user3.err" "a bad role, with its line"
printf '# a PETRARCH agent file\nPRESIDENT [~GOV]\nWARLORD [~XYZ]\n' >"$T/user.agents.txt"
"$DYAD" dict check --dict "$T/user.agents.txt" >"$T/user4.err" 2>&1
expect_status $? 1 "dict check lints a PETRARCH agent file"
expect_grep 'user.agents.txt:3: unknown CAMEO code XYZ' "$T/user4.err" "an unknown role of a PETRARCH agent file, with its line"
done_checks
