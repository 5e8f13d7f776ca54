-- Programme rounds are now kept by the administrators (admin/rounds.xhtml): two rounds never share a
-- name, whatever its case, as they never shared a code. The page checks it first, with a message next to
-- the field; this index is the rule itself, for two administrators saving at the same moment.
create unique index programme_round_name_key on programme_round (lower(name));
