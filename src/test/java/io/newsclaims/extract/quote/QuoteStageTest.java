package io.newsclaims.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsclaims.NewsClaims;
import io.newsclaims.model.AttributedSpan;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Settings;
import io.newsclaims.pipeline.Stage;
import io.newsclaims.testing.Shared;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quote attribution, one shape per row: a sentence in, its quote claims out as
 * {@code D|R "content" <- speaker / cue / mention} (D direct, R reported; several joined by
 * " ; "; empty when the text holds no quote claim). Every cue and mention must also be the
 * original text at its offsets.
 */
class QuoteStageTest {
  /** A second core on the shared CoreNLP models, with the PolNeAR quote unit. */
  private static final NewsClaims PASSAGES =
      NewsClaims.create(Shared.core().settings().withQuoteUnit(Settings.PASSAGE));

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # direct quotations: straight and curly marks, after and before the cue
      "We will rebuild the bridge," Mayor Ana Torres said.                       | D "We will rebuild the bridge," <- Ana Torres / said / Mayor Ana Torres
      “The water is safe,” the utility said in a statement.                      | D "The water is safe," <- utility / said / the utility
      Xavier Bell said: "Prices will fall next year."                            | D "Prices will fall next year." <- Xavier Bell / said / Xavier Bell
      "We will rebuild the bridge," the mayor is quoted as saying.               | D "We will rebuild the bridge," <- mayor / saying / the mayor
      Xavier Bell was quoted as saying: "Prices will fall next year."            | D "Prices will fall next year." <- Xavier Bell / saying / Xavier Bell
      “Who will pay for this?” asked Senator Rosa Klein.                         | D "Who will pay for this?" <- Rosa Klein / asked / Senator Rosa Klein
      # a quotation broken by its cue is two quotations, both the speaker's
      “We are ready,” said coach Pia Lund, “and we are not afraid.”              | D "We are ready," <- Pia Lund / said / coach Pia Lund ; D "and we are not afraid." <- Pia Lund / said / coach Pia Lund
      # ... but a phrase in marks inside a clause that goes on is a quotation of its own; inside a reported clause, the claim is that clause
      While agreeing that towns "must be ready" for floods, Ana Ruiz said she had "doubts" about the plan. | D "must be ready" <- Ana Ruiz / said / Ana Ruiz ; D "she had "doubts" about the plan" <- Ana Ruiz / said / Ana Ruiz
      # a quotation inside the clause of a verb of saying is its speaker's, not that of a verb of taking sides inside the clause
      Envoy Rosa Klein said the vote, in which 90 countries backed the plan, showed that "the world is watching". | D "the world is watching" <- Rosa Klein / said / Envoy Rosa Klein
      Ambassador Ivo Dahl said Norway fully supported "the main goals" of the text.       | D "Norway fully supported "the main goals" of the text" <- Ivo Dahl / said / Ambassador Ivo Dahl
      # ... and so is one where the inner cue's speaker is the outer one again, by a pronoun
      Mayor Lena Hart told reporters that she had asked for the vote "to give power back to the voters" before the summer. | D "she had asked for the vote "to give power back to the voters" before the summer" <- Lena Hart / told / Mayor Lena Hart
      # ... and the clause goes on after the closing mark, up to a comma or a coordinator
      # ... and the clause goes on after the closing mark, up to a comma or a coordinator
      Mayor Lena Hart said the bridge would stay "closed to traffic" until the spring. | D "the bridge would stay "closed to traffic" until the spring" <- Lena Hart / said / Mayor Lena Hart
      Mayor Lena Hart said the council had made “a costly mistake” with the budget. | D "the council had made “a costly mistake” with the budget" <- Lena Hart / said / Mayor Lena Hart
      Mayor Lena Hart said the levy was "unfair", prompting a protest.           | D "the levy was "unfair"" <- Lena Hart / said / Mayor Lena Hart
      Mayor Lena Hart said the roads were "impassable" and that crews would return. | D "the roads were "impassable"" <- Lena Hart / said / Mayor Lena Hart
      # ... a quotation in a second that-clause is a claim of that clause, and the clause before it one of its own
      Mayor Lena Hart said that the talks had stalled but that a deal was "within reach" by May. | R "that the talks had stalled" <- Lena Hart / said / Mayor Lena Hart ; D "a deal was "within reach" by May" <- Lena Hart / said / Mayor Lena Hart
      Coach Ivo Dahl told reporters that the pitch was dry and that his players were "ready to fight". | R "that the pitch was dry" <- Ivo Dahl / told / Coach Ivo Dahl ; D "his players were "ready to fight"" <- Ivo Dahl / told / Coach Ivo Dahl
      # ... "but that" with the pronoun opens no clause
      Parents can already go to court but that is a "last resort", the minister said. | D "Parents can already go to court but that is a "last resort"" <- minister / said / the minister
      # ... and so does the phrase of a cue that is no verb of naming, with no comma or relative word before the quotation (of a verb of naming, the quoted words)
      The union accused the board of "sheer neglect" over the pension fund.      | D "the board of "sheer neglect" over the pension fund" <- union / accused / The union
      Mayor Lena Hart vowed to defend the budget "line by line".                  | D "to defend the budget "line by line"" <- Lena Hart / vowed / Mayor Lena Hart
      The union called the pay offer "an insult" to nurses.                      | D "an insult" <- union / called / The union
      # the name a group gives itself in marks is no quotation, but the group's name
      A group calling itself "Night Owls" claimed it had hacked the port.          | R "it had hacked the port" <- Night Owls / claimed / A group
      # ... and a quoted infinitive after a cue's object, which the parser reads as a phrase of "to"
      The ministry called on the project's critics to “respect the court.”          | D "the project's critics to “respect the court.”" <- ministry / called on / The ministry
      # partial quotations inside a sentence: of a cue's object they are the claim, of a reported clause the clause with them is
      Prime Minister Lars Berg called the deal a "historic step" for the region. | D "historic step" <- Lars Berg / called / Prime Minister Lars Berg
      The union called for a "fair and final" offer.                             | D "fair and final" <- union / called for / The union
      Inspector Dev Rao said the scene was ‘completely secure’.                  | D "the scene was ‘completely secure’" <- Dev Rao / said / Inspector Dev Rao
      # a cue inside a quotation belongs to the quotation
      “I told them we would stay,” Mira Sand said.                               | D "I told them we would stay," <- Mira Sand / said / Mira Sand
      # reported speech: that-clause, bare clause, after the clause, to a hearer, interrupted
      The minister said that the border would reopen on Monday.                  | R "that the border would reopen on Monday" <- minister / said / The minister
      Police Chief Maya Stone said two suspects had been arrested.               | R "two suspects had been arrested" <- Maya Stone / said / Police Chief Maya Stone
      The storm will reach the coast by noon, forecasters said.                  | R "The storm will reach the coast by noon" <- forecasters / said / forecasters
      Health Minister Ivo Petrov told reporters the clinic would stay open.      | R "the clinic would stay open" <- Ivo Petrov / told / Health Minister Ivo Petrov
      The new bridge, the engineers said, will open in May.                      | R "The new bridge, the engineers said, will open in May" <- engineers / said / the engineers
      In a letter, the bishop wrote that the church would sell the land.         | R "that the church would sell the land" <- bishop / wrote / the bishop
      # the source as agent of a passive cue; a statement noun with a possessor
      It was announced by the city council that the library will close.          | R "that the library will close" <- city council / announced / the city council
      The ministry's claim that the dam was safe drew criticism.                 | R "that the dam was safe" <- ministry / claim / The ministry
      Traders ignored the agency's statement that prices would rise.             | R "that prices would rise" <- agency / statement / the agency
      # nominal content where the cue allows it
      The coach confirmed the signing of a new goalkeeper.                       | R "the signing of a new goalkeeper" <- coach / confirmed / The coach
      The company denied any wrongdoing.                                         | R "any wrongdoing" <- company / denied / The company
      # ... with what the cue says of its object: an "as" phrase, a phrase or clause of the cue's preposition
      Senator Ada Park criticized the mayor for the long delay.                  | R "the mayor for the long delay" <- Ada Park / criticized / Senator Ada Park
      Judge Ivo Dahl cited the missing invoices as proof of waste.               | R "the missing invoices as proof of waste" <- Ivo Dahl / cited / Judge Ivo Dahl
      Mayor Lena Hart confirmed the closure of the pool for the summer.          | R "the closure of the pool" <- Lena Hart / confirmed / Mayor Lena Hart
      Aid groups urged both sides to open the crossings.                         | R "both sides to open the crossings" <- Aid groups / urged / Aid groups
      Economists warned of a recession next year.                                | R "a recession" <- Economists / warned of / Economists
      Coach Tim Varga believes that the team can win the title.                  | R "that the team can win the title" <- Tim Varga / believes / Coach Tim Varga
      # two apostrophes as quotation marks
      ''We will win,'' Senator Ada Park said.                                    | D "We will win," <- Ada Park / said / Senator Ada Park
      # a stance outside the lexicon that takes a that-clause; plans and decisions
      Senator Ada Park is confident that the bill will pass.                     | R "that the bill will pass" <- Ada Park / confident / Senator Ada Park
      The union leaders are adamant that the strike will go on.                  | R "that the strike will go on" <- union leaders / adamant / The union leaders
      The city council plans to rebuild the old market.                          | R "to rebuild the old market" <- city council / plans / The city council
      # a stance adjective the writer puts alone in quotation marks is still the cue of the clause after it
      The union was "satisfied" that the deal protected jobs.                    | R "that the deal protected jobs" <- union / satisfied / The union
      # a digest item: a dash, a name, a colon, the quotation
      - Ana Lopez: “Turnout was higher than expected.”                           | D "Turnout was higher than expected." <- Ana Lopez / : / Ana Lopez
      # a reported clause that holds another cue's quotation is a claim of its own
      Ana Torres argued that taxes would rise because her rivals said the plan was "a disaster". | R "that taxes would rise because her rivals said the plan was "a disaster" <- Ana Torres / argued / Ana Torres ; D "the plan was "a disaster"" <- her rivals / said / her rivals
      # ... and ends before a contrasting clause with a cue of its own (ContentBounds)
      Ana Torres argued that taxes would rise, while her rivals said the plan was "a disaster". | R "that taxes would rise" <- Ana Torres / argued / Ana Torres ; D "the plan was "a disaster"" <- her rivals / said / her rivals
      The inquiry found that the office never searched its email.                | R "that the office never searched its email" <- inquiry / found / The inquiry
      # a cue inside a reported clause is part of that statement, not a second claim
      Councillor Ida Brandt said she supports the new tram line.                 | R "she supports the new tram line" <- Ida Brandt / said / Councillor Ida Brandt
      The mayor announced that the pool would close, and the unions said they oppose the plan. | R "that the pool would close" <- mayor / announced / The mayor ; R "they oppose the plan" <- unions / said / the unions
      # a headline or transcript line: a name, a colon, words in no marks
      Ana Torres: The bridge will reopen in May.                                 | R "The bridge will reopen in May" <- Ana Torres / : / Ana Torres
      # … not a heading run into a text that names her again at a cue of her own
      Ana Torres: Rail plans Two years ago, Senator Ana Torres of Oregon proposed that everyone in the state ought to be able to ride the new train line. | R "that everyone in the state ought to be able to ride the new train line" <- Ana Torres / proposed / Senator Ana Torres of Oregon
      # sources: organisations, governments, documents, collectives
      The Red Cross said 40 volunteers were deployed.                            | R "40 volunteers were deployed" <- Red Cross / said / The Red Cross
      Germany said it would send more aid.                                       | R "it would send more aid" <- Germany / said / Germany
      A report by the agency found that exports fell sharply.                    | R "that exports fell sharply" <- agency / found / A report by the agency
      Hundreds of residents said the water smelled strange.                      | R "the water smelled strange" <- Hundreds of residents / said / Hundreds of residents
      The monitoring group Harbor Watch said the spill had spread.               | R "the spill had spread" <- Harbor Watch / said / The monitoring group Harbor Watch
      # a fact sourced with "according to" or "per" that no casualty figure carries; a count inside does not carry it
      Four banks raised their rates, according to the central bank.              | R "Four banks raised their rates" <- central bank / according to / the central bank
      Turnout rose sharply in the north, according to the election commission.   | R "Turnout rose sharply in the north" <- election commission / according to / the election commission
      According to the National Weather Service, the storm will weaken by Sunday. | R "the storm will weaken by Sunday" <- National Weather Service / According to / the National Weather Service
      # a closing "per"/"according to" after a comma sources the whole sentence, also where the parser hangs it on a clause inside
      The blaze, which was started by lightning on July 2, doubled in size over the weekend as temperatures reached 34 C, per the Tolva Fire Service. | R "The blaze, which was started by lightning on July 2, doubled in size over the weekend as temperatures reached 34 C" <- Tolva Fire Service / per / the Tolva Fire Service
      # a casualty figure carries the statement it opens, not one it only follows
      According to the police, at least 12 people were arrested in the port.      | ~~
      According to the police, the gang laundered the money through two banks, and at least 12 people have been arrested. | R "the gang laundered the money through two banks, and at least 12 people have been arrested" <- police / According to / the police
      """)
  void oneSentence(String text, String expected) {
    assertEquals(expected, quotes(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # pronouns and nominals resolve to the fullest earlier name
      Finance Minister Karl Weber spoke on Tuesday. He said the budget was balanced.                  | R "the budget was balanced" <- Karl Weber / said / He
      Dr. Lena Fischer leads the clinic. She said the vaccine works.                                  | R "the vaccine works" <- Lena Fischer / said / She
      The two unions met on Friday. They said the strike would end.                                   | R "the strike would end" <- two unions / said / They
      Foreign Ministry spokeswoman Ines Duarte spoke in Lisbon. The spokeswoman said talks would resume. | R "talks would resume" <- Ines Duarte / said / The spokeswoman
      Lena Okoye won the race. Okoye said the course was hard.                                        | R "the course was hard" <- Lena Okoye / said / Okoye
      Tom Okoye coached the team. Lena Okoye won the race. Okoye said the course was hard.            | R "the course was hard" <- Lena Okoye / said / Okoye
      # "the firm", "the bank": the organisation named last before it
      Harbor Freight Lines delayed its results. The firm said it would restate its earnings.          | R "it would restate its earnings" <- Harbor Freight Lines / said / The firm
      The Boston Globe broke the story on Monday. The newspaper said the mayor would resign.        | R "the mayor would resign" <- Boston Globe / said / The newspaper
      # ... and a short form of it that the tagger took for a person's name is that organisation, not a name of someone
      German carmaker Voltara Motors said on Monday that it had recalled 40,000 cars. In a filing to the Frankfurt Stock Exchange, the carmaker apologised.\\n\\nVoltara also sells cars in Austria, and regulators there have been told, the company said. | R "that it had recalled 40,000 cars" <- Voltara Motors / said / German carmaker Voltara Motors ; R "Voltara also sells cars in Austria, and regulators there have been told" <- Voltara Motors / said / the company
      # a quotation that runs on in the next paragraph is the last speaker's, with its cue
      “The dam held,” engineer Ruth Okafor said.\\n“The river will crest tonight.”                     | D "The dam held," <- Ruth Okafor / said / engineer Ruth Okafor ; D "The river will crest tonight." <- Ruth Okafor / said / engineer Ruth Okafor
      # … also after "according to X" in the sentence before
      Ivo Marr said the plan was sound. The problem, according to Ms Hart, is the cost of the bridge. “Nobody can pay for it.” | R "the plan was sound" <- Ivo Marr / said / Ivo Marr ; R "is the cost of the bridge" <- Hart / according to / Ms Hart ; D "Nobody can pay for it." <- Hart / according to / Ms Hart
      # in the same paragraph too: one claim per quotation
      “The dam held,” engineer Ruth Okafor said. “The river will crest tonight.”                       | D "The dam held," <- Ruth Okafor / said / engineer Ruth Okafor ; D "The river will crest tonight." <- Ruth Okafor / said / engineer Ruth Okafor
      “We are out of fuel,” said Mia Lund, the agency's director. “The clinics will close.”           | D "We are out of fuel," <- Mia Lund / said / Mia Lund ; D "The clinics will close." <- Mia Lund / said / Mia Lund
      # a document that "reads" a quotation, inverted after it
      “There are fish with more spine than Senator Ada Park,” reads a Wednesday editorial in The Tolva Herald. | D "There are fish with more spine than Senator Ada Park," <- Wednesday editorial / reads / a Wednesday editorial
      # a line of a dash and a name after a quotation names its speaker
      Relatives gathered outside the office.\\n\\n"I come every Saturday. I will keep coming."\\n\\n— Maria Lopez, mother of a missing man | D "I come every Saturday. I will keep coming." <- Maria Lopez / — / Maria Lopez
      # the name may follow its office, and may be one the tagger left untagged when a given name opens it; no space after the dash
      Crowds lined the pier.\\n\\n"The ferry must run every hour."\\n\\n- Mayor Dana Kerr, speaking at the pier. | D "The ferry must run every hour." <- Dana Kerr / - / Dana Kerr
      Crowds lined the pier.\\n\\n"The whole idea is something we hear about all the time, and it needs to stop."\\n\\n-Michelle Marks, Tolva. | D "The whole idea is something we hear about all the time, and it needs to stop." <- Michelle Marks / - / Michelle Marks
      # a cue in the next paragraph, with no quotation of its own, is not the last quotation's
      “The roads are gone,” the governor said. “We need boats.”\\n\\nThe minister spoke after the meeting. | D "The roads are gone," <- governor / said / the governor ; D "We need boats." <- governor / said / the governor
      # a cue that ends in a colon before the next quotation introduces that one, not the one before
      “The dam held,” engineer Ruth Okafor said. “The river will crest tonight.”\\n\\nShe added: “Stay away from the banks.” | D "The dam held," <- Ruth Okafor / said / engineer Ruth Okafor ; D "The river will crest tonight." <- Ruth Okafor / said / engineer Ruth Okafor ; D "Stay away from the banks." <- Ruth Okafor / added / She
      # a cue that opens the next paragraph with a comma introduces that paragraph's quotation only
      The plan was backed by Mayor Lena Ortiz, who told reporters when asked about the vote: “The budget is balanced.”\\n\\nShe added, “Taxes will not rise.” | D "The budget is balanced." <- Lena Ortiz / told / who ; D "Taxes will not rise." <- Lena Ortiz / added / She
      # a quotation of two paragraphs: the first paragraph leaves it open, the next reopens it; one claim per paragraph, both the speaker's
      Senator Omar Haddad spoke first.\\n\\n“We counted every ballot twice.\\n\\n“Nobody should doubt the result,” he added. | D "We counted every ballot twice." <- Omar Haddad / added / he ; D "Nobody should doubt the result," <- Omar Haddad / added / he
      # a headline or transcript line below the headline is a statement only with a finite verb: a name, a colon and words with none head a section
      Here is what each mayor needs.\\n\\nAna Torres: Hold the north side.\\n\\nIda Brandt: Now or never. | ~~
      Here is what each mayor said.\\n\\nAna Torres: The bridge will reopen in May. | R "The bridge will reopen in May" <- Ana Torres / : / Ana Torres
      # "think tank" after a name is a noun, not a cue of the name
      “The rail math is very daunting for the council, the rail math is daunting for anyone,” explained strategist Ivo Dahl, president of the Harbor Policy Network think tank. “Something dramatic would have to happen.” | D "The rail math is very daunting for the council, the rail math is daunting for anyone," <- Ivo Dahl / explained / strategist Ivo Dahl ; D "Something dramatic would have to happen." <- Ivo Dahl / explained / strategist Ivo Dahl
      """)
  void acrossSentences(String text, String expected) {
    assertEquals(expected.replace("\\n", "\n"), quotes(text.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # --quote-unit passage (PolNeAR's unit): one speaker's quotations in a paragraph, cue between them, are one claim
      “The dam held,” engineer Ruth Okafor said. “The river will crest tonight.”                 | D "The dam held,” engineer Ruth Okafor said. “The river will crest tonight." <- Ruth Okafor / said / engineer Ruth Okafor
      ''The budget is balanced,'' Mr. Quinn said. ''Ask anyone at city hall.''                   | D "The budget is balanced,'' Mr. Quinn said. ''Ask anyone at city hall." <- Quinn / said / Mr. Quinn
      “We lost,” Coach Ray Lind said, “but we will be back.”                                    | D "We lost,” Coach Ray Lind said, “but we will be back." <- Ray Lind / said / Coach Ray Lind
      # a quotation of two paragraphs is one passage
      Senator Omar Haddad spoke first.\\n\\n“We counted every ballot twice.\\n\\n“Nobody should doubt the result,” he added. | D "We counted every ballot twice.\\n\\n“Nobody should doubt the result," <- Omar Haddad / added / he
      # a quotation that runs on as the next paragraph joins a passage that opened its own paragraph ...
      “The dam held,” engineer Ruth Okafor said.\\n“The river will crest tonight.”               | D "The dam held,” engineer Ruth Okafor said.\\n“The river will crest tonight." <- Ruth Okafor / said / engineer Ruth Okafor
      “The vote was fair,” Ines Varga told reporters.\\n\\n“Nobody was turned away.”             | D "The vote was fair,” Ines Varga told reporters.\\n\\n“Nobody was turned away." <- Ines Varga / told / Ines Varga
      # ... but not one whose quotation came after the writer's words, nor one after the writer's words
      “The vote was fair,” Ines Varga told reporters.\\n\\nShe smiled. “Nobody was turned away.”    | D "The vote was fair," <- Ines Varga / told / Ines Varga ; D "Nobody was turned away." <- Ines Varga / told / Ines Varga
      The levee was checked at noon. “The dam held,” engineer Ruth Okafor said.\\n“The river will crest tonight.” | D "The dam held," <- Ruth Okafor / said / engineer Ruth Okafor ; D "The river will crest tonight." <- Ruth Okafor / said / engineer Ruth Okafor
      # ... nor one told by words after it that the lexicon lacks ("“…,” she went on")
      “The dam held,” engineer Ruth Okafor said.\\n\\n“The river will crest tonight,” she went on.  | D "The dam held," <- Ruth Okafor / said / engineer Ruth Okafor ; D "The river will crest tonight," <- Ruth Okafor / said / engineer Ruth Okafor
      # the quoted pieces of one cue are one statement, unless another verb of the speaker stands between them
      Mayor Ines Varga called the budget “a disgrace” and “a betrayal of the voters.”            | D "a disgrace” and “a betrayal of the voters." <- Ines Varga / called / Mayor Ines Varga
      Mayor Ines Varga called the budget “a disgrace” and said the council must “start again.”  | D "a disgrace" <- Ines Varga / called / Mayor Ines Varga ; D "the council must “start again.”" <- Ines Varga / said / Mayor Ines Varga
      # … also when the parser takes a phrase of the object for the verb's and hangs the quotation on it
      The agency called the shortfall in school meals "a slow-motion emergency" that had been building for years. | D "a slow-motion emergency" <- agency / called / The agency
      # a quotation that runs on after the speaker's aside in a participle continues the quotation before the aside
      “The bridge is safe,” engineer Ruth Okafor said, noting that inspectors checked it twice. “We will reopen it on Monday.” | D "The bridge is safe,” engineer Ruth Okafor said, noting that inspectors checked it twice. “We will reopen it on Monday." <- Ruth Okafor / said / engineer Ruth Okafor ; R "that inspectors checked it twice" <- Ruth Okafor / noting / engineer Ruth Okafor
      # ... not after an aside with a finite cue of its own
      “The bridge is safe,” said Ruth Okafor, who added that inspectors had checked it twice. “We will reopen it on Monday.” | D "The bridge is safe," <- Ruth Okafor / said / Ruth Okafor ; R "that inspectors had checked it twice" <- Ruth Okafor / added / who ; D "We will reopen it on Monday." <- Ruth Okafor / said / Ruth Okafor
      # a quoted phrase inside the speaker's reported clause is no statement of its own
      Tomas Berg said that he would offer “a fair deal” to the striking miners.                  | D "he would offer “a fair deal” to the striking miners" <- Tomas Berg / said / Tomas Berg
      # ... nor are coordinated that-clauses: one content, as PolNeAR annotates it
      Mayor Lena Hart said that the talks had stalled but that a deal was "within reach" by May. | D "the talks had stalled but that a deal was "within reach" by May" <- Lena Hart / said / Mayor Lena Hart
      """)
  void passagesWhereTheQuoteUnitIsThePassage(String text, String expected) {
    String t = text.replace("\\n", "\n");
    DocumentResult r = PASSAGES.process(InputDocument.of("t", t, null));
    assertEquals(expected.replace("\\n", "\n"), QuoteRows.of(r.claims(), t));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a quotation of two sentences with its cue after it, which the parser hangs on the last clause; all three marks
      Ms. Ruiz thanked the volunteers. “They will outwork anyone. That is who they are,” Ms. Ruiz said.   | D "They will outwork anyone. That is who they are," <- Ruiz / said / Ms. Ruiz
      Ms. Ruiz thanked the volunteers. ''They will outwork anyone. That is who they are,'' Ms. Ruiz said. | D "They will outwork anyone. That is who they are," <- Ruiz / said / Ms. Ruiz
      Ms. Ruiz thanked the volunteers. "They will outwork anyone. That is who they are," Ms. Ruiz said.   | D "They will outwork anyone. That is who they are," <- Ruiz / said / Ms. Ruiz
      # a name whose roles, joined by "and", run to the cue with no closing comma
      Brent Hale, PTC president and conservative activist said: “The channel is selling sex to kids.” | D "The channel is selling sex to kids." <- Brent Hale / said / Brent Hale, PTC president and conservative activist
      # an inverted cue that opens the sentence before a colon, which the tagger takes for a name's first word
      The shop was full. Said Mr Berg: “It is very much a computer.”                            | D "It is very much a computer." <- Berg / Said / Mr Berg
      # an inverted cue; a source with an apposition; a cue before the quotation, after an adverbial
      The fund ran dry. “We have no money left. Nobody does,” said Tomas Berg.                  | D "We have no money left. Nobody does," <- Tomas Berg / said / Tomas Berg
      “The roads are closed,” Dana Weiss, a spokeswoman for the county, said on Tuesday.        | D "The roads are closed," <- Dana Weiss / said / Dana Weiss
      Lena Ortiz, the principal of the school, said in an interview, “Every child gets a meal.” | D "Every child gets a meal." <- Lena Ortiz / said / Lena Ortiz
      # the subject of a cue before the marks is the whole noun phrase, not the complement next to the cue nor the hearer after it
      A spokesman for the summit told reporters: "The divide is real."                          | D "The divide is real." <- spokesman / told / A spokesman for the summit
      A spokesman for the summit, which met in Geneva, told reporters: "The divide is real."    | D "The divide is real." <- spokesman / told / A spokesman for the summit
      Ivo Marr, Tolva Hotel Association said: "We have failed."                                 | D "We have failed." <- Ivo Marr / said / Ivo Marr, Tolva Hotel Association
      # a cue that opens the sentence after a straight-quoted passage, with a clause of its own, is not the passage's
      Ana Ruiz said: "Members say they made no profit. But they did." She said 29% of the code was copied. | D "Members say they made no profit. But they did." <- Ana Ruiz / said / Ana Ruiz ; R "29% of the code was copied" <- Ana Ruiz / said / She
      # a quotation that ends its sentence is not the cue's after it when "there" opens that cue's clause
      "We lost. They played better than us." Lind admitted there had been problems before the game. | R "there had been problems before the game" <- Lind / admitted / Lind
      # … nor one whose clause the parser lost ("estimates" parsed as a clausal subject)
      "We have a plan. If the door is open, we have a problem." The agency estimates the total cost will be $40m. | ~~
      # … but a cue with no words of its own after it still does
      "We will stay." Ruiz said so in a speech on Monday.                                      | D "We will stay." <- Ruiz / said / Ruiz
      # a noun of the speaker's apposition that the parser made a verb under the cue reports nothing
      "Cable is putting the 'us' in television," said Tom Hale, co-author of the Demos report. | D "Cable is putting the 'us' in television," <- Tom Hale / said / Tom Hale
      # a verb outside the lexicon in the slot of a cue, next to a name that ends the clause
      The park was busy. “Not again,” scoffed Arianna Gil, 22.                                   | D "Not again," <- Arianna Gil / scoffed / Arianna Gil
      The park was busy. “Not again,” Ivo Marr groaned.                                          | D "Not again," <- Ivo Marr / groaned / Ivo Marr
      # a question with its cue after it
      The vote was close. “Who will pay for the new stadium?” Mrs. Hale asked.                   | D "Who will pay for the new stadium?" <- Hale / asked / Mrs. Hale
      # '' marks: a quotation that runs on after its cue; three apostrophes close a nested and the double one
      ''The budget is balanced,'' Mr. Quinn said. ''Ask anyone at city hall.''                   | D "The budget is balanced," <- Quinn / said / Mr. Quinn ; D "Ask anyone at city hall." <- Quinn / said / Mr. Quinn
      ''He kept saying 'never again,''' Ms. Lund said.                                           | D "He kept saying 'never again,'" <- Lund / said / Ms. Lund
      # a sentence that ends in a colon right before the quotation, whatever its verb
      President Ana Silva released a statement:\\n\\n“We mourn with the families.”               | D "We mourn with the families." <- Ana Silva / released / President Ana Silva
      As the mayor, Rita Moll, put it: “Nobody reads the fine print.”                            | D "Nobody reads the fine print." <- Rita Moll / put / Rita Moll
      # a quotation broken by its cue is two quotations, both the speaker's
      “We lost,” Coach Ray Lind said, “but we will be back.”                                    | D "We lost," <- Ray Lind / said / Coach Ray Lind ; D "but we will be back." <- Ray Lind / said / Coach Ray Lind
      # an inverted cue before the quotation; a participle whose source is the governing verb's subject
      Because the schedule was short, explained Ivo Dahl, “there is a scenario where she gets no airtime.” | D "there is a scenario where she gets no airtime." <- Ivo Dahl / explained / Ivo Dahl
      The mayor left the room, telling reporters, “We are done here.”                             | D "We are done here." <- mayor / telling / The mayor
      Senator Ada Park released a statement saying, “The vote was rigged.”                       | D "The vote was rigged." <- Ada Park / saying / Senator Ada Park
      Critics were unkind. As the columnist Ivo Marr put it, “The show has run out of ideas.”    | D "The show has run out of ideas." <- Ivo Marr / put / the columnist Ivo Marr
      # two quotations of one cue are two claims, across a coordinated verb or inside one clause (one claim per quotation)
      Senator Ada Park called the bill "reckless" and likened it to "a tax on the poor."         | D "reckless" <- Ada Park / called / Senator Ada Park ; D "a tax on the poor." <- Ada Park / called / Senator Ada Park
      Senator Ada Park said the bill was "reckless" and "unfair."                                | D "the bill was "reckless"" <- Ada Park / said / Senator Ada Park ; D "unfair." <- Ada Park / said / Senator Ada Park
      # not beside the marks: a title between commas; a cue that opens a sentence with a clause of its own
      Her latest album, “Blue Hours,” sold well.                                                 |
      The park was busy. “Not again,” the crowd groaned.                                         |
      # a title in Title Case after a possessive, "of" or "branded" is no quotation
      The union's campaign, branded “Fair Pay Now,” says nurses are underpaid.                  | R "nurses are underpaid" <- union's campaign / says / The union's campaign
      Ada Park, author of ''Empire of the Fund,'' said the fees were too high.                   | R "the fees were too high" <- Ada Park / said / Ada Park
      Speaking on ABC’s “This Week,” Mayor Ana Torres said the bridge would reopen.              | R "the bridge would reopen" <- Ana Torres / said / Mayor Ana Torres
      “We lost.” Coach Ray Lind said the team would rebuild.                                     | R "the team would rebuild" <- Ray Lind / said / Coach Ray Lind
      Mayor Ana Torres was speaking on a radio program, “The Morning Line,” on Friday.           |
      """)
  void besideTheMarks(String text, String expected) {
    assertEquals(expected == null ? "" : expected.replace("\\n", "\n"), quotes(text.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # scare quotes, titles, nicknames, names: no speaker, no claim
      The so-called "peace plan" collapsed within a week.      |
      She starred in "The Long Road Home" last year.           |
      Tom "The Hammer" Reyes won the fight.                    |
      Critics of the "reform" marched through the city.        |
      The slogan "Build it now" appeared on posters.           |
      # "said" that is no speech, a cue whose subject is no source
      The said property was sold in 1998.                      |
      That said, the rally ended peacefully.                   |
      The meeting underscores the need for reform.             |
      # a that-clause whose head reports no stance, or whose subject is no source
      The ruling means that the tax stays in place.            |
      It is clear that the bridge needs repairs.               |
      The storm made sure that the match was cancelled.        |
      # a colon after a word that names no speaker
      Update: The bridge will reopen in May.                   |
      # "according to" and "per" before a casualty figure: the figure carries the source, no quote restates it (a count does not: "two firms")
      Ten people were injured, according to the fire department. |
      Three soldiers died in the attack, per the army.         |
      # … but a rate with no comma before it is no source
      The mine lost 40 tonnes per shift.                       |
      # a cue with no content, a sentence with no cue
      Officials spoke to reporters on Monday.                  |
      The river rose two metres overnight.                     |
      """)
  void noQuote(String text, String expected) {
    assertEquals("", quotes(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      Ten people were injured, according to the fire department.            | Ten people were injured <- fire department / according to / the fire department
      Three soldiers died in the attack, per the army.                      | Three soldiers died in the attack <- army / per / the army
      # "per X" after a comma, which the parser hangs on the noun before it as a rate: the clause's source, a bare noun too
      A gas leak killed five miners, per police.                            | A gas leak killed five miners <- police / per / police
      # … but after an amount it divides: a rate
      Tickets to the final cost £20, per person.                            | ~~
      A storm hit the port, killing two sailors and injuring at least 9 people, per the regional rescue service, and cutting power. | A storm hit the port, killing two sailors and injuring at least 9 people <- regional rescue service / per / the regional rescue service
      The ministry said that 12 people were killed.                         | that 12 people were killed <- ministry / said / The ministry
      “Four boats sank,” the harbour master said.                           | Four boats sank, <- harbour master / said / the harbour master
      """)
  void publishesAttributedStretches(String text, String expected) throws Exception {
    Document doc = run(text);
    String got = doc.attributed().stream()
        .map(a -> text(doc, a) + " <- " + a.attribution().speaker() + " / " + a.attribution().cue().text() + " / "
            + a.attribution().mention().text())
        .collect(Collectors.joining(" ; "));
    assertEquals(expected, got);
  }

  private static String quotes(String text) {
    return QuoteRows.of(text);
  }

  private static Document run(String text) throws Exception {
    Document d = Document.of(InputDocument.of("t", text, null));
    for (Stage s : Shared.core().pipeline().stages()) {
      d = s.apply(d);
    }
    return d;
  }

  private static String text(Document doc, AttributedSpan a) {
    String t = doc.original();
    return t.substring(t.offsetByCodePoints(0, a.content().start()), t.offsetByCodePoints(0, a.content().end()));
  }

  private static final NewsClaims ATTITUDES =
      NewsClaims.create(Shared.core().settings().withScope(Settings.ATTRIBUTIONS));

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # beliefs, intentions and attitudes are claims only with --scope attributions, marked as such (kinds after '#');
      # statements keep no cue_kind in either scope ("hopes that" is a statement's frame, "hopes to" an attitude's)
      Mayor Lena Hart wants the council to reopen the old library. | | R "the council to reopen the old library" <- Lena Hart / wants / Mayor Lena Hart #attitude
      Tomas Berg voted against the ferry levy in March.           | | R "the ferry levy" <- Tomas Berg / voted against / Tomas Berg #attitude
      Ana Ruiz hopes to open a second clinic.                     | | R "to open a second clinic" <- Ana Ruiz / hopes / Ana Ruiz #attitude
      # declining, refusing and seeking say what one will or will not do: no statement
      The captain refused to leave the harbor.                    | | R "to leave the harbor" <- captain / refused / The captain #attitude
      The airline declined to comment on the report.              | | R "to comment on the report" <- airline / declined / The airline #attitude
      The mayor is seeking a second term.                         | | R "a second term" <- mayor / seeking / The mayor #attitude
      Ana Ruiz hopes that the clinic will open soon.              | R "that the clinic will open soon" <- Ana Ruiz / hopes / Ana Ruiz | R "that the clinic will open soon" <- Ana Ruiz / hopes / Ana Ruiz #-
      Ivo Marr said the bridge would close in May.                | R "the bridge would close in May" <- Ivo Marr / said / Ivo Marr | R "the bridge would close in May" <- Ivo Marr / said / Ivo Marr #-
      # a participle of taking sides on the noun before it is that noun's attitude
      Two groups backing Tomas Berg paid for the posters.         | | R "Tomas Berg" <- Two groups / backing / Two groups #attitude
      A man backing his van out of a driveway hit a fence.        | | ~ #~
      # a quotation that runs on with no cue of its own after an attitude is its holder's statement
      ~Ivo Marr said the bridge would close in May. Lena Hart wants the council to pay for a ferry. “It is the only way across.”~ | R "the bridge would close in May" <- Ivo Marr / said / Ivo Marr ; D "It is the only way across." <- Lena Hart / wants / Lena Hart | R "the bridge would close in May" <- Ivo Marr / said / Ivo Marr ; R "the council to pay for a ferry" <- Lena Hart / wants / Lena Hart ; D "It is the only way across." <- Lena Hart / wants / Lena Hart #-,attitude,-
      # a statement sourced with "according to" is a claim in the attributions scope also where a casualty figure carries its source
      Ten people were injured, according to the fire department.  | | R "Ten people were injured" <- fire department / according to / the fire department #-
      """)
  void attitudesOnlyInTheAttributionsScope(String text, String statements, String attributions) {
    assertEquals(statements == null ? "" : statements, QuoteRows.of(text));
    DocumentResult r = ATTITUDES.process(InputDocument.of("t", text, null));
    String kinds = r.claims().stream().filter(c -> c.type().equals("quote"))
        .map(c -> c.attribution().cueKind() == null ? "-" : c.attribution().cueKind()).collect(Collectors.joining(","));
    assertEquals(attributions, QuoteRows.of(r.claims(), text) + " #" + kinds);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # hedges (models/hedge-cues.txt): a cue and content with no speaker nor mention, only with --scope attributions;
      # a hedged cue of a statement ("seemed to blame") is no hedge
      The council is expected to approve the ferry budget next week. | | R "The council is expected to approve the ferry budget next week" <- null / expected / - #hedge
      Turnout appears to be falling in the hill districts.         | | R "Turnout appears to be falling in the hill districts" <- null / appears / - #hedge
      The harbour master reportedly met the envoy twice.           | | R "The harbour master reportedly met the envoy twice" <- null / reportedly / - #hedge
      Asked about the closure, the mayor left the room.            | | R "about the closure" <- null / Asked / - #hedge
      The old mill, which is expected to reopen in May, has a new roof. | | R "which is expected to reopen in May" <- null / expected / - #hedge
      """)
  void hedgesOnlyInTheAttributionsScope(String text, String statements, String attributions) {
    attitudesOnlyInTheAttributionsScope(text, statements, attributions);
  }
}
