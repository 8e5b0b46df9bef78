package io.newsclaims.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotations by their marks: each row a text ("\n" for a line break) and its quotations' contents. */
class QuoteMarksTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      He said "yes" and "no".                                   | [yes] [no]
      “Go,” she said.                                           | [Go,]
      # ‘…’ opens only at a word's start; apostrophes inside words never open or close one
      The minister’s aide said it was ‘a mistake’.              | [a mistake]
      ‘We can’t stay,’ he said.                                 | [We can’t stay,]
      # single marks inside a double-quoted quotation are the quotation's own
      “They shouted ‘leave’ at us,” she said.                   | [They shouted ‘leave’ at us,]
      # a paragraph that leaves a quotation open and the next that reopens it: one quotation
      “First part.\\n\\n“Second part,” he said.                  | [First part.\\n\\n“Second part,]
      "First part.\\n\\n"Second part," he said.                  | [First part.\\n\\n"Second part,]
      # a paragraph reopened after a lost line break: a mark after a sentence's end opens a new part
      He said: "I was wrong. "It will not happen again." Then he left. | [I was wrong.] [It will not happen again.]
      She said: “We lost. “We will be back.”                    | [We lost.] [We will be back.]
      # an opening mark typed for the closing one, right after the last word's punctuation
      “Will you run again?“ she asked. “No,” he said.            | [Will you run again?] [No,]
      # a curly opening mark closed by a straight one, and the other way round; a straight pair inside a curly quotation stays nested
      “We will not back down," the mayor said. “Not now."       | [We will not back down,] [Not now.]
      "The pier is safe,” she said.                             | [The pier is safe,]
      “He said "wait" and left,” she said.                       | [He said "wait" and left,] [wait]
      # a straight mark after a digit inside a curly quotation is an inch mark
      “We found a 12" crack in the wall,” the engineer said.    | [We found a 12" crack in the wall,]
      # a mark between a space and a letter opens: the quotation open before it lost its closing mark
      She said the plan was "bold but the budget was "too small to last". Then she left. | [bold but the budget was] [too small to last]
      # … but a quotation nested in it, with its closing mark and the outer one's after it, stays inside it
      "It's a "wait and see" situation," Lee said.                | [It's a "wait and see" situation,]
      # a straight mark after a digit is an inch mark, never an opening one
      The 12" pizza cost $10 and the "deluxe" one cost $15.       | [deluxe]
      # a closing mark whose opening mark was lost closes a quotation from its sentence's start
      He spoke to us. It came out of the blue," he said, "I never guessed."  | [It came out of the blue,] [I never guessed.]
      # an unclosed quotation at a paragraph end is dropped; pairing starts afresh
      He said "never.\\n\\nThen "yes" came.                      | [yes]
      # a wrapped line inside a sentence is no paragraph end
      She called it "a long\\nday" at last.                      | [a long\\nday]
      # two apostrophes are a double mark (newspaper archives); one apostrophe is none
      ''We won,'' she said.                                     | [We won,]
      He said ''yes'' and ''no''.                               | [yes] [no]
      ''First part.\\n\\n''Second part,'' he said.              | [First part.\\n\\n''Second part,]
      # three apostrophes: a nested quotation and the double one close together
      ''He said 'never,''' she wrote.                           | [He said 'never,']
      The players' bus left the drivers' depot.                 | ~~
      No marks here.                                            | ~~
      """)
  void contents(String text, String expected) {
    String t = text.replace("\\n", "\n");
    String got = QuoteMarks.find(t).stream()
        .map(q -> "[" + t.substring(q.contentBegin(), q.contentEnd()) + "]")
        .collect(Collectors.joining(" "));
    assertEquals(expected == null ? "" : expected.replace("\\n", "\n"), got);
  }
}
