"""The answerer's two thresholds, chosen by measurement (`python -m bot eval --sweep`) and read at
the time of each question, so that a sweep can try other values."""

#: Below this share of the question's names and words found in the best passage, the engine abstains.
MIN_COVERAGE = 0.45
#: A yes needs evidence covering this share of the question (a no needs a record that contradicts it).
YES_COVERAGE = 0.6
#: Records scoring within this margin of the best one, and covering the question as well, are listed
#: beside it instead of being dropped.
TIE_MARGIN = 0.5
#: When the best record cannot answer, a runner-up answers only if it covers the question within this
#: margin of the best one (and names everything the question names).
RUNNER_UP_MARGIN = 0.2
#: A question asking for every member of a class ("which embassies opened?") lists records of the
#: best one's kind scoring within this margin of it,
PLURAL_TIE_MARGIN = 1.5
#: and covering the question within this share of it.
PLURAL_COVERAGE_SLACK = 0.15

#: Words at least this rare (idf) name something of their own: a record answering must hold them.
DISTINCT_IDF = 3.0

#: A meeting whose title and a gathering's name share this many words (rapidfuzz `token_set_ratio`)
#: is that gathering, not a meeting held on its occasion.
SAME_TITLE = 90.0
#: How many of the best-scored records a record that holds every word of the question is looked for among.
CLOSE_RECORDS = 3
#: The share of the best score a record holding every word of the question needs to come first instead of
#: one holding less of it (one rare word shared can outscore all the question's words).
WHOLE_COVER_SCORE = 0.75

#: A length claimed "about" a figure ("about half an hour") holds of a record's length within this many minutes.
CLAIMED_LENGTH_SLACK = 2

#: How many of the last question's words a record must share to be read as answering it again ("what other
#: areas …?" asks past that record).
SHARED_WITH_LAST = 2
