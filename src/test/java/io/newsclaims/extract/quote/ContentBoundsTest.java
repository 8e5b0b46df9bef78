package io.newsclaims.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a report's content ends when another attribution follows it in the same sentence
 * ({@link ContentBounds}): a clause with a subject and a cue of its own after a connective, a cue
 * participle after a comma, a relative clause whose cue the parser gives the relative pronoun for
 * its content. One sentence per row, its quote claims out as
 * {@code R "content" <- speaker / cue / mention} (several joined by " ; ").
 */
class ContentBoundsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a contrastive or concessive clause with its own subject and cue is its own attribution
      The mayor said on Monday that the bridge would reopen in May, although the engineer warned that the cables were still weak. | R "that the bridge would reopen in May" <- mayor / said / The mayor ; R "that the cables were still weak" <- engineer / warned / the engineer
      Ms. Ortega said the harbor was safe, whereas the coast guard insisted that two wrecks still blocked the channel. | R "the harbor was safe" <- Ortega / said / Ms. Ortega ; R "that two wrecks still blocked the channel" <- coast guard / insisted / the coast guard
      The governor said the budget was balanced, but the auditor argued that the pension fund was short. | R "the budget was balanced" <- governor / said / The governor ; R "that the pension fund was short" <- auditor / argued / the auditor
      The minister said the tax would fall in June, while the opposition claimed it would rise. | R "the tax would fall in June" <- minister / said / The minister ; R "it would rise" <- opposition / claimed / the opposition
      # a coordinated clause with its own subject and cue
      Two in five voters said they trusted the council, and one in three said they trusted no one. | R "they trusted the council" <- Two in five voters / said / Two in five voters ; R "they trusted no one" <- one / said / one in three
      # a relative clause with its own subject and cue; its content is the clause after the cue, not the pronoun
      The senator praised the new trade agreement, which the union said would cost thousands of jobs. | R "the new trade agreement" <- senator / praised / The senator ; R "would cost thousands of jobs" <- union / said / the union
      # the same when the parser makes the cue the subject clause of the verb after it
      The depot will be leased to a private firm, which the treasurer said would raise about $3 million a year. | R "would raise about $3 million a year" <- treasurer / said / the treasurer
      # a colon before a clause with its own subject and cue ends the content, as a semicolon does
      The mayor said the bridge was safe: a county report found that two cables had rusted. | R "the bridge was safe" <- mayor / said / The mayor ; R "that two cables had rusted" <- county report / found / a county report
      # a relative clause whose pronoun is the subject of a cue of its own
      The mayor said the plan was drafted by Ana Ruiz, who says it will save money. | R "the plan was drafted by Ana Ruiz" <- mayor / said / The mayor ; R "it will save money" <- Ana Ruiz / says / who
      # a participle of a cue after a comma is the speaker's next statement, wherever the parser hangs it
      Mayor Jon Brandt said he saw no reason to cancel the festival, telling reporters that the river had already fallen. | R "he saw no reason to cancel the festival" <- Jon Brandt / said / Mayor Jon Brandt ; R "that the river had already fallen" <- Jon Brandt / telling / Mayor Jon Brandt
      Mayor Jon Brandt said the festival would go ahead, telling reporters that the river had already fallen. | R "the festival would go ahead" <- Jon Brandt / said / Mayor Jon Brandt ; R "that the river had already fallen" <- Jon Brandt / telling / Mayor Jon Brandt
      The agency said the vaccine was safe, also noting that no serious side effects had been seen. | R "the vaccine was safe" <- agency / said / The agency ; R "that no serious side effects had been seen" <- agency / noting / The agency
      The company confirmed that it would close the plant in Leeds, adding that 400 workers would be offered other posts. | R "that it would close the plant in Leeds" <- company / confirmed / The company ; R "that 400 workers would be offered other posts" <- company / adding / The company
      # a cue inside a fronted subordinate clause reports up to the clause's comma, not into the main clause
      Even as she accused the council of wasting money, Ines Varga voted for the budget. | R "the council of wasting money" <- Ines Varga / accused / she
      While the union claimed the mill was unsafe, the owners kept it open.             | R "the mill was unsafe" <- union / claimed / the union
      The council has the final say, and though the mayor has said she will sign the bill, the vote is not certain. | R "she will sign the bill" <- mayor / said / the mayor
      """)
  void cut(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # "although", "but", "though", "and" with no cue of their own belong to the content; "but that", "and that" open a second statement of the same cue
      The mayor said the bridge would reopen in May, although the repairs were costly. | R "the bridge would reopen in May, although the repairs were costly" <- mayor / said / The mayor
      The governor said the budget was tight but balanced. | R "the budget was tight but balanced" <- governor / said / The governor
      The manager said that the plant was old but that it had never failed an inspection. | R "that the plant was old" <- manager / said / The manager ; R "it had never failed an inspection" <- manager / said / The manager
      The coach said the team had played well, though it lost the final by two goals. | R "the team had played well, though it lost the final by two goals" <- coach / said / The coach
      The guide said that the castle was rebuilt in 1820 and that it still draws large crowds. | R "that the castle was rebuilt in 1820" <- guide / said / The guide ; R "it still draws large crowds" <- guide / said / The guide
      # relative clauses with no cue of their own
      The director said the museum had bought the painting from Anna Berg, who lives in Oslo. | R "the museum had bought the painting from Anna Berg, who lives in Oslo" <- director / said / The director
      The union said the deal, which the board approved on Friday, would cost jobs. | R "the deal, which the board approved on Friday, would cost jobs" <- union / said / The union
      # a content the parser ends inside the content of a cue it holds reaches to that content's end (one claim)
      Ines Lund said she hoped the new bridge would open in June. | R "she hoped the new bridge would open in June" <- Ines Lund / said / Ines Lund
      Officials said they feared the river would flood the town. | R "they feared the river would flood the town" <- Officials / said / Officials
      # a negated participle of a cue continues the content (its own report stays nested in it)
      The firm said it had sold the shares in March, not agreeing to hold them for a year. | R "it had sold the shares in March, not agreeing to hold them for a year" <- firm / said / The firm
      """)
  void whole(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }
}
