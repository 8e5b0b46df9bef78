package io.newsclaims.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.testing.Shared;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which words are the source of a report, and whom they name: the subject next to the cue when
 * the parser takes a fronted phrase for it, the relative pronoun as the mention at a cue inside
 * a relative clause, the issuer of a document that "says", whole hyphenated words, and
 * "he"/"she"/"Mrs. X" resolved by the gender the document gives its people, descriptions that
 * refer again to someone named ("the 22-year-old"), titles, organisations by their fullest form
 * and documents by their issuer. One text per row, its quote claims out as
 * {@code D|R "content" <- speaker / cue / mention} (several joined by " ; ").
 */
class SourceResolutionTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a cue that interrupts its clause: the parser takes the clause's subject for the cue's, with the cue's own as its apposition
      The mayor, Okafor said, has lost the council's trust.                       | R "has lost the council's trust" <- Okafor / said / Okafor
      The ferry, Lindqvist wrote, had no working radio.                           | R "had no working radio" <- Lindqvist / wrote / Lindqvist
      # two subjects in the parse: the one next to the cue
      Halvorsen, Mbeki added that the budget was short.                           | R "that the budget was short" <- Mbeki / added / Mbeki
      “The vote was rushed,” the dawn of a new session, Halvorsen says.           | D "The vote was rushed," <- Halvorsen / says / Halvorsen
      # a name between a common-noun subject and its cue, with no comma, that the parser hung on the cue: the name is the source
      Market analysts Netlogic predicts that mobile use will double.              | R "that mobile use will double" <- Netlogic / predicts / Netlogic
      # a fronted day that the parser joined to the name after it, the whole made a phrase of "on": the name is the subject, without the day
      But on Tuesday Finance Minister Ana Ruiz said the budget would be cut.       | R "the budget would be cut" <- Ana Ruiz / said / Finance Minister Ana Ruiz
      # a dateline or a fronted participle phrase before the subject
      ACCRA — Sen. Kofi Mensah (D-Accra) on Wednesday said the nominee was wrong. | R "the nominee was wrong" <- Kofi Mensah / said / Sen. Kofi Mensah (D-Accra)
      ACCRA — The health ministry announced plans on Friday to open two clinics.  | R "plans on Friday to open two clinics" <- health ministry / announced / The health ministry
      Citing local radio, the Tribune reports that the mill will close.           | R "that the mill will close" <- Tribune / reports / the Tribune
      # a cue after a quotation that the parser joined to a relative clause inside the quotation: the speaker of the cue that reports the quotation
      Interior Minister Tomas Berg said police had acted "with restraint" against "organised gangs who came to fight, not to protest," and denied that officers had used excessive force. | D "police had acted "with restraint"" <- Tomas Berg / said / Interior Minister Tomas Berg ; D "organised gangs who came to fight, not to protest," <- Tomas Berg / said / Interior Minister Tomas Berg ; R "that officers had used excessive force" <- Tomas Berg / denied / Interior Minister Tomas Berg
      # a cue in a relative clause: "who"/"which" is the mention at the cue, the antecedent names the source
      That was a message repeated by Home Secretary Tom Hale who said the matter should now be left to lie. | R "the matter should now be left to lie" <- Tom Hale / said / who
      The view was shared by Tom Hale, who said the matter was closed.          | R "the matter was closed" <- Tom Hale / said / who
      # a superlative that picks one of a group is a source, named by the name beside it
      The largest of the associations, the National Taxi Union, said it was suspending the strike. | R "it was suspending the strike" <- National Taxi Union / said / The largest of the associations
      The biggest of the unions said it would strike.                           | R "it would strike" <- biggest of the unions / said / The biggest of the unions
      # a gerund cue after "after" or "by" is the subject's of the verb it hangs on
      India ordered the deportation of the actress after saying she was working illegally on her visa. | R "she was working illegally on her visa" <- India / saying / India
      # a person's name (and age) hung in apposition on the place after the noun for the person
      A fisherman from Point Pedro, Kandasamy Rajeswaran, 47, said he had lost his nets. | R "he had lost his nets" <- Kandasamy Rajeswaran / said / A fisherman from Point Pedro, Kandasamy Rajeswaran, 47
      # an office named from "General", the role noun before it tagged apart
      The Attorney General's Office said it had opened an investigation.        | R "it had opened an investigation" <- Attorney General's Office / said / The Attorney General's Office
      # a name that ends in its number, its first word tagged a common noun
      Number 10 said an error had been made.                                    | R "an error had been made" <- Number 10 / said / Number 10
      The board met Rita Moll, who said the vote was rushed.                      | R "the vote was rushed" <- Rita Moll / said / who
      The plan was praised by the union, which said the wages were fair.          | R "the wages were fair" <- union / said / which
      # … but a relative clause that closes at the comma before the cue, the sentence parsed with a noun for its root, leaves the cue to the opening name
      Youth for Justice Kenya, one of the groups that organised last year's protests, said in a statement that it would give the government 100 days. | R "that it would give the government 100 days" <- Youth for Justice Kenya / said / Youth for Justice Kenya
      # … an aside on the speaker just quoted: a quotation that runs on after it continues the earlier cue
      "The harbor is safe," said Rita Moll, a port official, who said she would stay. "The boats can sail in May." | D "The harbor is safe," <- Rita Moll / said / Rita Moll ; R "she would stay" <- Rita Moll / said / who ; D "The boats can sail in May." <- Rita Moll / said / Rita Moll
      # … and "told" before a colon is no inverted cue: its object is the hearer, not the source
      Tom Reed, who is a member of the defence committee, told the BBC: "That is the rule." | D "That is the rule." <- Tom Reed / told / who
      # a document put out by a source speaks for it
      The union put out a statement saying the talks had failed.                  | R "the talks had failed" <- union / saying / The union
      The health ministry released a statement saying that the water was safe.    | R "that the water was safe" <- health ministry / saying / The health ministry
      # a fronted name with its role before the subject; a mention keeps whole hyphenated words
      He joined the union, and activist Paulo Reis, Vega-Marin accused the mayor of lying. | R "the mayor of lying" <- Vega-Marin / accused / Vega-Marin
      The AFL-CIO said the deal was bad.                                          | R "the deal was bad" <- AFL-CIO / said / The AFL-CIO
      # a person's name beside another in the complement or participle of a role noun is the role noun's
      One pastor supporting Mr. Lopez, Tom Lee, said the vote was rushed.         | R "the vote was rushed" <- Tom Lee / said / One pastor
      One pastor supporting Mr. Lopez, Tom Lee of Grace Church in Salem, said he had made 150 calls to other pastors. | R "he had made 150 calls to other pastors" <- Tom Lee / said / One pastor
      # an apposition whose article the parser made the apposition and whose noun the subject: the name before it
      Ana Lind, a Horn of Africa analyst at the Nile Policy Centre, said two factions had left the talks. | R "two factions had left the talks" <- Ana Lind / said / Ana Lind
      # a capitalised preposition between capitalised nouns the NER left untagged makes one organisation's name
      Reporters Without Borders called the ruling "a rare good day".              | D "a rare good day" <- Reporters Without Borders / called / Reporters Without Borders
      # a share of a source by its percentage: whose share it is
      An average of 44% of respondents in each country said the economy was getting worse. | R "the economy was getting worse" <- average of 44% of respondents / said / An average of 44% of respondents in each country
      # a kin noun names a person, whom a "he" in the next sentence stands for rather than a person named before
      "Let them go," said Moussa Issoufou. A cousin of one of the drivers said the family had received no call. "We are waiting by the phone," he said. | D "Let them go," <- Moussa Issoufou / said / Moussa Issoufou ; R "the family had received no call" <- cousin / said / A cousin of one of the drivers ; D "We are waiting by the phone," <- cousin / said / he
      # "who" stands for people, not for the place the parser hung the relative clause on
      Police in Dayton, who said the suspects were teenagers, did not name them.  | R "the suspects were teenagers" <- Police / said / who
      # a description with a person's name in apposition describes that name, not someone named before
      "Someone gets hurt," said Dan Hale, the special agent. The 19-year-old, Tom Brandt, appeared in court on Tuesday. His public defender, Karen Ellis, said Brandt was a troubled young man. | D "Someone gets hurt," <- Dan Hale / said / Dan Hale ; R "Brandt was a troubled young man" <- Karen Ellis / said / His public defender
      # a name the tagger left untagged beside a person's noun is a person's, whom a later "she" can stand for
      Its finance officer, Ana Ruiz, said costs had risen. Its lead negotiator, Mere Potae, said the talks had stalled. "We want a number," she said. | R "costs had risen" <- Ana Ruiz / said / Its finance officer ; R "the talks had stalled" <- Mere Potae / said / Its lead negotiator ; D "We want a number," <- Mere Potae / said / she
      # a mention keeps the parenthesis it opens
      Senator Ann Roe (D-Ore.) said the vote was fair.                            | R "the vote was fair" <- Ann Roe / said / Senator Ann Roe (D-Ore.)
      # a role in apposition whose place the parser read as the subject of a for-clause ("for Stratford-upon-Avon said"): the name is the subject
      Mr Hughes, MP for Stratford-upon-Avon, Warwickshire, said he feared the hospital would close. | R "he feared the hospital would close" <- Hughes / said / Mr Hughes
      Ms Patel, MP for Hay-on-Wye, Powys, said the plan was rushed.               | R "the plan was rushed" <- Patel / said / Ms Patel
      """)
  void subject(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # an apposition closed by a comma is an insertion: the name before it stays the subject
      Ann Roe, the mayor, said the vote was fair.                      | R "the vote was fair" <- Ann Roe / said / Ann Roe
      # a fronted phrase after a comma that is no name: the subject is left alone
      The new director, a former nurse said the wing would reopen.      | R "the wing would reopen" <- new director / said / The new director
      # of two subjects in the parse, a later one closed off by a relative clause and a comma is not the cue's
      Exit polls from the county primary, which Ann Roe won easily, showed that turnout fell by a third. | R "that turnout fell by a third" <- Exit polls / showed / Exit polls from the county primary, which Ann Roe won easily
      # a that-clause restricts its noun: the noun phrase is the mention, not "that"
      A group that backs the mayor said the vote was rushed.           | R "the mayor" <- group / backs / A group ; R "the vote was rushed" <- group / said / A group
      # a memo that is the subject, or a document that no source puts out, speaks for itself
      A memo saying that the plant would close was leaked.             | R "that the plant would close" <- memo / saying / A memo
      The clinic released a statement saying that the water was safe. | R "that the water was safe" <- statement / saying / a statement
      """)
  void subjectLeftAlone(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a title tagged as part of the name gives its gender, though a fuller name of no known gender shares the surname: "Mr Hale" is no "she"
      A Department for Transport spokeswoman confirmed Mr Hale was still in post and that he would continue in the job until a replacement was found. "No date was ever given for Doug Hale's departure," she said. | R "Mr Hale was still in post" <- Department for Transport spokeswoman / confirmed / A Department for Transport spokeswoman ; R "he would continue in the job until a replacement was found" <- Department for Transport spokeswoman / confirmed / A Department for Transport spokeswoman ; D "No date was ever given for Doug Hale's departure," <- Department for Transport spokeswoman / said / she
      # a title picks the person of its gender among two who share a surname, whichever was named last
      Maria Okoye said she would run. Daniel Okoye said he would help her. Mrs. Okoye said the campaign starts in May. | R "she would run" <- Maria Okoye / said / Maria Okoye ; R "he would help her" <- Daniel Okoye / said / Daniel Okoye ; R "the campaign starts in May" <- Maria Okoye / said / Mrs. Okoye
      # a given name from models/given-names.txt does the same, and "he" then skips her
      Hillary Okoye spoke first. Bill Okoye spoke next. Mrs. Okoye said the race was close. He said the race was over. | R "the race was close" <- Hillary Okoye / said / Mrs. Okoye ; R "the race was over" <- Bill Okoye / said / He
      # "the latter" and "the former": the last of two named before, and the one before it
      The mayor, Ana Ruiz, met the governor, Tom Hale, on Monday. The former said the bridge would reopen. The latter told reporters the budget was short. | R "the bridge would reopen" <- Ana Ruiz / said / The former ; R "the budget was short" <- Tom Hale / told / The latter
      # "he" skips the last speaker when the document calls her "she"; "she" takes her
      Tom Reed said his team was ready. Maria Lopez said she would vote for it. He said the team would win. | R "his team was ready" <- Tom Reed / said / Tom Reed ; R "she would vote for it" <- Maria Lopez / said / Maria Lopez ; R "the team would win" <- Tom Reed / said / He
      Tom Reed said his team was ready. Maria Lopez said she would vote for it. She said the team would win. | R "his team was ready" <- Tom Reed / said / Tom Reed ; R "she would vote for it" <- Maria Lopez / said / Maria Lopez ; R "the team would win" <- Maria Lopez / said / She
      # a person that a relative clause on a name inside another speaker's content makes speak is no later "he"
      Daniel Morrow said he had met Peter Hale, who had told him that the budget would rise. He added that the plan was sound. | R "he had met Peter Hale" <- Daniel Morrow / said / Daniel Morrow ; R "that the budget would rise" <- Peter Hale / told / who ; R "that the plan was sound" <- Daniel Morrow / added / He
      # a role word given beside the name ("spokeswoman") counts as a title
      Peter Lang met the press. The spokeswoman, Ana Diaz-Ruiz, said the plan was dead. He said the vote was delayed. | R "the plan was dead" <- Ana Diaz-Ruiz / said / The spokeswoman ; R "the vote was delayed" <- Peter Lang / said / He
      # "chairman" and "alderman" are worn by women too (British usage): no gender, so "she" may take her
      Union chairman Kim Okafor said the talks were over. "We will not sign," she said.   | R "the talks were over" <- Kim Okafor / said / Union chairman Kim Okafor ; D "We will not sign," <- Kim Okafor / said / she
      # a name the tagger takes for a person's, described as a newspaper or a body, is no "he"
      Coach Tom Reed said the striker would stay. Villa made an offer, according to Dutch newspaper De Telegraaf. Reed was asked about the player. "I am calm," he said. | R "the striker would stay" <- Tom Reed / said / Coach Tom Reed ; R "Villa made an offer" <- De Telegraaf / according to / Dutch newspaper De Telegraaf ; D "I am calm," <- Tom Reed / said / he
      # … but a person's role with a body in its complement is still a person's
      A lawyer for the company, Jan Roth, said the ruling was wrong. "We will appeal," he said. | R "the ruling was wrong" <- Jan Roth / said / A lawyer for the company ; D "We will appeal," <- Jan Roth / said / he
      # with no speaker before, "he" is the main clause's subject of the sentence before, not a subject of a clause inside it
      The council met on Monday. Mr Hale was asked why Mr Lund had been allowed to resign. He replied: "The board decided it was time to move on." | D "The board decided it was time to move on." <- Mr Hale / replied / He
      # "he" after a sentence led by a person named since the last speaker, though the relative clause broke its parse and no gender is known
      The police chief, Omar Lindqvist, said the town was calm. President Adama Barrow, who was in the palace when the shooting began, appeared on television on Thursday. "Those who wanted power have failed," he said. | R "the town was calm" <- Omar Lindqvist / said / The police chief ; D "Those who wanted power have failed," <- Adama Barrow / said / he
      # … and the name the parser hangs on that body, described or untagged, is the role's holder: no person stands beside a body
      A spokeswoman for the company, Mina Sato, said sales had risen.               | R "sales had risen" <- Mina Sato / said / A spokeswoman for the company, Mina Sato
      A spokesman for Harambe, Joel Kiptoo, said the group would respect the truce. | R "the group would respect the truce" <- Joel Kiptoo / said / A spokesman for Harambe, Joel Kiptoo
      A spokesman for the Kivu militia, Ali Bora, said it would keep fighting.      | R "it would keep fighting" <- Ali Bora / said / A spokesman for the Kivu militia, Ali Bora
      A spokesman for the ministry, Omar Nassar, said the border was shut.          | R "the border was shut" <- Omar Nassar / said / A spokesman for the ministry, Omar Nassar
      # … also where the role, opening the sentence, is written with a capital
      Head of plant biology at the Royal Botanic Institute, Professor Alan Marsh, said the seeds were safe. | R "the seeds were safe" <- Alan Marsh / said / Head of plant biology at the Royal Botanic Institute, Professor Alan Marsh
      # "one of them" described by an apposition is named by it, and "he" then stands for it
      Officials in the district gave a higher toll. One of them, a member of the town council, said nine people had died. "We buried them ourselves," he said. | R "nine people had died" <- member of the town council / said / One of them ; D "We buried them ourselves," <- member of the town council / said / he
      # a body named by the name it gives itself
      A militant group calling itself the Northern Shield said it carried out the attack. | R "it carried out the attack" <- Northern Shield / said / A militant group
      # … or gives for itself after "as": "gave her name as", "identified only as", also after "asked to be"
      "I saw the roof fall," said a trader who gave her name only as Ada Obi.       | D "I saw the roof fall," <- Ada Obi / said / a trader
      "The road is closed," said a driver who asked to be identified only as Yusuf. | D "The road is closed," <- Yusuf / said / a driver
      One driver, who gave only his first name, Yusuf, said the road was closed.   | R "the road was closed" <- Yusuf / said / One driver
      The rebel commander who led the talks, who gave his name only as Major Tembo, said his men were tired. | R "his men were tired" <- Major Tembo / said / The rebel commander
      # the pronoun after a name, past its verb, is evidence: Dr. Okafor is "he", so "She" finds no one
      Dr. Okafor said his depot would close. Mr. Adeyemi ran the depot for years. She said the workers would be moved. | R "his depot would close" <- Okafor / said / Dr. Okafor ; R "the workers would be moved" <- she / said / She
      # a title before a surname the tagger leaves untagged still marks the gender: "He" is not Ms Okoye
      Nora Okoye wrote to Peter Lang. In a reply, the minister said the plan was fair. He told Ms Okoye that the vote was set. | R "the plan was fair" <- minister / said / the minister ; R "that the vote was set" <- Peter Lang / told / He
      # with no speaker to stand for, "she" is the subject of the sentence that named her rather than its object
      Maria Okoye lost to Ana Lind on Sunday. She said the court was slow.                 | R "the court was slow" <- Maria Okoye / said / She
      # a speaker described by a noun of a gender ("a spokeswoman") is "she" before anyone named
      Ana Lind runs the firm. A spokeswoman for the union said the talks failed. She said the strike would go on. | R "the talks failed" <- spokeswoman for the union / said / A spokeswoman for the union ; R "the strike would go on" <- spokeswoman for the union / said / She
      A Foreign Office spokeswoman said the embassy was open. He said staff were safe.     | R "the embassy was open" <- Foreign Office spokeswoman / said / A Foreign Office spokeswoman ; R "staff were safe" <- he / said / He
      Ana Lind runs the firm. A Department for Transport spokeswoman said the talks failed. She said the strike would go on. | R "the talks failed" <- Department for Transport spokeswoman / said / A Department for Transport spokeswoman ; R "the strike would go on" <- Department for Transport spokeswoman / said / She
      # a spokeswoman after a spokesman of the same body is someone else, whom a later "she" stands for
      A spokesman for the Glenfield Hospital said the ward had closed. The Glenfield Hospital spokeswoman said patients had been moved. "We expect to reopen soon," she added. | R "the ward had closed" <- spokesman for the Glenfield Hospital / said / A spokesman for the Glenfield Hospital ; R "patients had been moved" <- Glenfield Hospital spokeswoman / said / The Glenfield Hospital spokeswoman ; D "We expect to reopen soon," <- Glenfield Hospital spokeswoman / added / she
      # … also with the name it speaks for after it: "he" is the spokesman, not the man named before
      Robert Lane left the party on Monday. A spokesman for Ann Roe said the move was no surprise. He added that Mr Lane had been unhappy for years. | R "the move was no surprise" <- spokesman for Ann Roe / said / A spokesman for Ann Roe ; R "that Mr Lane had been unhappy for years" <- spokesman for Ann Roe / added / He
      # a possessive before the verb is someone else's ("his deputy"): no evidence, the last speaker as before
      Dr. Okafor, his deputy, said the depot would close. Mr. Adeyemi ran the depot for years. She said the workers would be moved. | R "the depot would close" <- Okafor / said / Dr. Okafor ; R "the workers would be moved" <- Okafor / said / She
      # … and so is one after a noun for another person in the clause: the pilot's crew, not the mayor's
      Mayor Oana Kovac wrote that the pilot had thanked his crew. "We are grateful," she wrote. | R "that the pilot had thanked his crew" <- Oana Kovac / wrote / Mayor Oana Kovac ; D "We are grateful," <- Oana Kovac / wrote / she
      # the gender a full name is given holds for its surname alone: "Mbeki" is no "she"
      Mayor Ilse Varga opened the road on Monday. Police spokesman Jean Mbeki said the road was open. "The road is safe," Mbeki said. "We are glad," she said. | R "the road was open" <- Jean Mbeki / said / Police spokesman Jean Mbeki ; D "The road is safe," <- Jean Mbeki / said / Mbeki ; D "We are glad," <- Ilse Varga / said / she
      # a pronoun after a name that spoke of someone else gives it no gender a later speaker's pronoun cannot overrule, when no one else fits
      Host Vera Sollis said he was lovely. "He was a gentleman," she said.             | R "he was lovely" <- Vera Sollis / said / Host Vera Sollis ; D "He was a gentleman," <- Vera Sollis / said / she
      """)
  void gender(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # an age, a kin word with a count or an epithet (models/person-epithets.txt) refers again to the last person named, in the fullest form
      Lena Okafor won the race on Sunday. The 24-year-old said the track was slow.        | R "the track was slow" <- Lena Okafor / said / 24-year-old
      Piet Hals left the party on Monday. The MEP said the party had lost its way.         | R "the party had lost its way" <- Piet Hals / said / The MEP
      # "the", a party word and a role noun is a party's member named before, not someone named with another party
      Karl Dunmore arrived in Leeds. The Tory leader said the vote would be close.     | R "the vote would be close" <- Karl Dunmore / said / The Tory leader
      Karl Dunmore opened the campaign. The Liberal Democrat leader said the vote would be close. | R "the vote would be close" <- Karl Dunmore / said / The Liberal Democrat leader
      Karl Dunmore opened the campaign. The Lib Dem leader said the vote would be close. | R "the vote would be close" <- Karl Dunmore / said / The Lib Dem leader
      Karl Dunmore spoke first. Labour MP Ann Roe spoke next. The Tory spokesman said the vote would be close. | R "the vote would be close" <- Karl Dunmore / said / The Tory spokesman
      # … not someone named with another role, nor the other party's leader, named or not
      Nurse Ann Roe said the ward had no beds. The Labour leader said the wards were full. | R "the ward had no beds" <- Ann Roe / said / Nurse Ann Roe ; R "the wards were full" <- Labour leader / said / The Labour leader
      Tory leader Karl Dunmore visited a school. The Labour leader said the schools were full. | R "the schools were full" <- Labour leader / said / The Labour leader
      # … one party's other words are that party
      Republican leader Karl Dunmore met donors. The GOP leader said taxes would fall.  | R "taxes would fall" <- Karl Dunmore / said / The GOP leader
      # of the people named in the last sentences, the one named most: the person the story is about, not one named in passing
      Jason Okafor won in Leeds. Okafor beat Tom Reed easily. His time was short of Paul Lind's record. "It was hard," said the world indoor champion. | D "It was hard," <- Jason Okafor / said / the world indoor champion
      # the subject of the sentence before comes first, however often someone else was named
      Paul Reed spoke first. Paul Reed left early. Lena Okafor held up a sign. The 57-year-old scientist said the rally was calm. | R "the rally was calm" <- Lena Okafor / said / The 57-year-old scientist
      # a person introduced by another role ("New coach Tom Reed") is not "the runner"
      Runner Jim Okafor won in Leeds. New coach Tom Reed has helped Okafor's career. The 28-year-old runner said the track was fast. | R "the track was fast" <- Jim Okafor / said / The 28-year-old runner
      # the gender of the description skips the man named last
      Maria Okafor beat Tom Reed on Sunday. The mother-of-two said the track was slow.    | R "the track was slow" <- Maria Okafor / said / mother-of-two
      # "her … son" is someone of hers: not the woman "her" stands for
      Tom Alder is on trial. His mother Rosa Alder spoke to the court. Her pop star son told her he was innocent. | R "he was innocent" <- Tom Alder / told / Her pop star
      # a person described by the same word before is the one meant, even when someone else was named since
      Singer Ana Lind lives in Oslo. Maria Okoye lives in Rome. The singer said the vote was close. | R "the vote was close" <- Ana Lind / said / The singer
      # a title with "and" in it before a person's role and name: the parser joins the title's words to the name, the person is the source
      And last week Only Cats and Horses star Ivo Marr criticised British TV for being "too safe". | D "British TV for being "too safe"" <- Ivo Marr / criticised / Only Cats and Horses star Ivo Marr
      # a participle after a reported clause, its parse lost, is the speaker's of the cue that reports the clause, not the clause subject's
      The company denied that its security guards had fired on workers, saying they had been withdrawn from the area before police arrived. | R "that its security guards had fired on workers" <- company / denied / The company ; R "they had been withdrawn from the area before police arrived" <- company / saying / The company
      # a role given in apposition, before or after the name, is the person's: the later bare role is she
      Ana Ruiz, the mayor of Tolva, opened the bridge. The mayor said it would ease traffic. | R "it would ease traffic" <- Ana Ruiz / said / The mayor
      The mayor of Tolva, Ana Ruiz, opened the bridge. The mayor said it would ease traffic. | R "it would ease traffic" <- Ana Ruiz / said / The mayor
      Ana Ruiz, the chief executive of Lumo Foods, met investors. The chief executive said profits would rise. | R "profits would rise" <- Ana Ruiz / said / The chief executive
      # a nationality or a team position as a noun is an epithet too
      Tom Reed won in Leeds on Sunday. "It was hard," said the American.                  | D "It was hard," <- Tom Reed / said / the American
      Captain Tom Reed has recovered from injury. The lock said the pack was ready.       | R "the pack was ready" <- Tom Reed / said / The lock
      # … with its own complement, a work the person is known by, not a body's role
      Film legend Ray Dorn arrived in London. The star of Night Rider and Big Sky said films were too long. | R "films were too long" <- Ray Dorn / said / The star of Night Rider and Big Sky
      Film legend Ray Dorn arrived in London. The captain of England said films were too long. | R "films were too long" <- captain of England / said / The captain of England
      # who spoke in the sentence before comes before a subject inside what they said
      Tom Reed lost to Paul Lind. Tom Reed said Lind had played well. "I was slow," said the American. | R "Lind had played well" <- Tom Reed / said / Tom Reed ; D "I was slow," <- Tom Reed / said / the American
      # no one named before, a plural, or a noun that is no epithet: the description stays
      The 24-year-old said the track was slow.                                             | R "the track was slow" <- old / said / 24-year-old
      Tom Reed scored twice. The players said the pitch was poor.                          | R "the pitch was poor" <- players / said / The players
      Tom Reed scored twice. The referee said the pitch was poor.                          | R "the pitch was poor" <- referee / said / The referee
      # a bare noun names an earlier source only as the head of its name or role: not a word that modifies another, nor an office a qualifier makes another
      Shadow chancellor Tom Reed left the room. The chancellor said the plan was fair.    | R "the plan was fair" <- chancellor / said / The chancellor
      Committee chairman Ana Lind opened the hearing. The committee said the rules were unclear. | R "the rules were unclear" <- committee / said / The committee
      The prime minister's spokesman met the press. The prime minister said the talks would resume. | R "the talks would resume" <- prime minister / said / The prime minister
      # a surname opening a sentence that the tagger read as a common noun is the person named before
      Hospital manager Dan Pop said one worker was in intensive care. Pop said the other two could go home on Friday. | R "one worker was in intensive care" <- Dan Pop / said / Hospital manager Dan Pop ; R "the other two could go home on Friday" <- Dan Pop / said / Pop
      # a capitalised name the tagger left untagged before a body's noun names a new body, not the one named before
      Dan Ferro works in Symantec's security response group. The Anti-Phishing Working group reported that attacks were growing. | R "that attacks were growing" <- Anti-Phishing Working group / reported / The Anti-Phishing Working group
      """)
  void description(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a title before a name the tagger left untagged makes it a person's, named in the fullest form
      Helen Sudell runs the service. The rise was staggering, said Ms Sudell.              | R "The rise was staggering" <- Helen Sudell / said / Ms Sudell
      # an office named by its holder's title in the possessive is one name, not a role and "Office"
      The Prime Minister's Office said the visit would go ahead.  | R "the visit would go ahead" <- Prime Minister's Office / said / The Prime Minister's Office
      # a body described by the noun that is only the complement of a person's role is the body, not the person
      The president of the metropolis, Hélène Dufresne-Aubert, accused the unions of blackmail. Dufresne-Aubert was re-elected to lead the metropolis in April. The metropolis said it would call in private contractors. | R "it would call in private contractors" <- metropolis / said / The metropolis
      # a coalition of groups is those groups: "they" stands for them, not for an agency named before
      The agency said 40,000 people had fled. A coalition of 12 civil society groups accused the government of failing to act. In a joint letter, they said residents had reported armed men. | R "40,000 people had fled" <- agency / said / The agency ; R "the government of failing to act" <- coalition of 12 civil society groups / accused / A coalition of 12 civil society groups ; R "residents had reported armed men" <- coalition of 12 civil society groups / said / they
      # a part "of them" is a part of those "they" would stand for
      Many companies were asked about call centres. Half of them argue that workers in other countries offer better skills. | R "that workers in other countries offer better skills" <- Many companies / argue / Half of them
      # "they" after a noun that gathers people stands for those people, not for a club named before
      Tom Reed, of Burnley, said the mood was good. A party of councillors from Leeds agreed. Jobs, they insisted, would come first. | R "the mood was good" <- Tom Reed / said / Tom Reed ; R "Jobs, they insisted, would come first" <- party of councillors / insisted / they
      # a name the tagger left untagged that opens with a given name is a person's: its surname and "he" stand for it
      Mark Cuban spoke on Sunday. Cuban said he would not run again. He said the party needed new faces. | R "he would not run again" <- Mark Cuban / said / Cuban ; R "the party needed new faces" <- Mark Cuban / said / He
      Mark Cuban spoke on Sunday. A self-professed independent, Cuban said he would consider a run. | R "he would consider a run" <- Mark Cuban / said / Cuban
      # "he"/"she" in a fronted clause stands for the person named as the main clause's subject
      Tom Reed arrived late. As she told reporters the plan was dead, Maria Lopez walked out. | R "the plan was dead" <- Maria Lopez / told / she
      # a role noun read as the head after the name: the name, with the role
      "The field looks strong," Dr Mike Watts head of exploration said.                    | D "The field looks strong," <- Mike Watts / said / Dr Mike Watts head of exploration
      # a name set apart from its role by spaced hyphens (read as dashes): the name, not the mayor's
      Maria Lopez - economic adviser to Mayor Tom Hale - said the sale was a giveaway.  | R "the sale was a giveaway" <- Maria Lopez / said / Maria Lopez
      The port sale was wrong, a senior adviser has warned. "We saw it coming," Maria Lopez - then economic adviser to President Tom Hale - told a press conference. | R "The port sale was wrong" <- senior adviser / warned / a senior adviser ; D "We saw it coming," <- Maria Lopez / told / Maria Lopez
      # a person named after an organisation and a role noun, which the parser took for the head
      Commission for Racial Equality chairman Trevor Phillips said applications were down. | R "applications were down" <- Trevor Phillips / said / Commission for Racial Equality chairman Trevor Phillips
      # a name in apposition is the source itself, not an earlier source of the same noun
      My credit card company is slow. The biggest phone company BT says it is doing what it can. | R "it is doing what it can" <- BT / says / The biggest phone company BT
      # letters after a name (models/post-nominals.txt) are no part of it, tagged as the name or not
      Nadia Rahman QC said the ruling was unsafe.                                          | R "the ruling was unsafe" <- Nadia Rahman / said / Nadia Rahman QC
      Former minister Owen Pryce MP said the cuts went too far.                            | R "the cuts went too far" <- Owen Pryce / said / Former minister Owen Pryce MP
      # a hyphenated surname stays whole in the mention, given name included
      Ana Vega-Marin said the party would change.                                          | R "the party would change" <- Ana Vega-Marin / said / Ana Vega-Marin
      # a part of a hyphenated surname is that person's name in the fullest form
      Ana Vega-Marin arrived in Leeds on Monday. Vega said the party would change.        | R "the party would change" <- Ana Vega-Marin / said / Vega
      # proper nouns the tagger split between a name tag and none are one name, not a role and a name
      Scotland Yard said the man was held.                                                 | R "the man was held" <- Scotland Yard / said / Scotland Yard
      Downing St said the offer stood.                                                     | R "the offer stood" <- Downing St / said / Downing St
      # the place after "of" in a peer's title is no one's name: the peer speaks, named with the title
      Lord Pryce of Dunmore, in his ruling, said: "The law is clear."                      | D "The law is clear." <- Lord Pryce / said / Lord Pryce of Dunmore
      Lord Walker of Gestingthorpe, in his ruling, said: "The law is clear."               | D "The law is clear." <- Lord Walker / said / Lord Walker of Gestingthorpe
      The inquiry was chaired by Lord Pryce of Dunmore. He said the law was clear.         | R "the law was clear" <- Lord Pryce / said / He
      # a role, "and", and another role with the name: one person; with a possessive on the second, two
      Veteran Labour MP and former Cabinet minister Owen Pryce said he will stand down.   | R "he will stand down" <- Owen Pryce / said / Veteran Labour MP and former Cabinet minister Owen Pryce
      The mayor and his aide Tom Reed said the cuts went too far.                          | R "the cuts went too far" <- mayor and his aide Tom Reed / said / The mayor and his aide Tom Reed
      # a name in apposition that the parser hung on the organisation after the role is the role holder's
      The head of the Harbor Safety Trust, Mara Quist, said the pier was unsafe.           | R "the pier was unsafe" <- Mara Quist / said / The head of the Harbor Safety Trust, Mara Quist
      # a party word the tagger took into the name (models/affiliation-words.txt) is a role, also for the surname later
      But Tory Martin Hale said the bill would fail.                                       | R "the bill would fail" <- Martin Hale / said / Tory Martin Hale
      Tory Martin Hale arrived late. Mr Hale said the bill would fail.                     | R "the bill would fail" <- Martin Hale / said / Mr Hale
      # a capitalised adjective opens an untagged name
      The Liberal Democrats said the budget was unfair.                                    | R "the budget was unfair" <- Liberal Democrats / said / The Liberal Democrats
      The Free Democrats said the budget was unfair.                                       | R "the budget was unfair" <- Free Democrats / said / The Free Democrats
      # an office written as a title is no name: of an organisation named before it or after "of", or with the holder in apposition
      The Green Party Co-Chairman said the count was flawed.                               | R "the count was flawed" <- Green Party Co-Chairman / said / The Green Party Co-Chairman
      Director of Rail Safety, Mara Quist, said the signals had failed.                    | R "the signals had failed" <- Mara Quist / said / Director of Rail Safety
      # a speaker inside what another says is no one a later "he" stands for
      Paul Lind said he backed the plan when Tom Reed argued for it in May. "It is fair," he said. | R "he backed the plan when Tom Reed argued for it in May" <- Paul Lind / said / Paul Lind ; D "It is fair," <- Paul Lind / said / he
      # the writer ("I") is no one a later "he" stands for
      Rob Dwight spoke to us. I think the rules are fair. He said the firms must act.      | R "the rules are fair" <- the author / think / I ; R "the firms must act" <- Rob Dwight / said / He
      # a name after a person's role is a person's, whatever the tagger took it for: a later "she" stands for it
      Government spokeswoman Eszter Vamos said Budapest would study the judgment. "This is a political verdict," she told state radio. | R "Budapest would study the judgment" <- Eszter Vamos / said / Government spokeswoman Eszter Vamos ; D "This is a political verdict," <- Eszter Vamos / told / she
      # a share of people keeps whom it is a share of, past a bracketed figure, and the participle of a poll
      More than half (55%) of the respondents said they were worried about the tags. | R "they were worried about the tags" <- half of the respondents / said / More than half (55%) of the respondents
      More than half of 2,000 people surveyed said they had privacy worries.       | R "they had privacy worries" <- half of 2,000 people surveyed / said / More than half of 2,000 people
      """)
  void personName(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # an organisation's short form or acronym is the one fuller name the document gives
      Cairn Energy drilled in India. Cairn said the field was larger than thought.      | R "the field was larger than thought" <- Cairn Energy / said / Cairn
      # … and a name given an acronym with the place or field after it runs up to the acronym
      The Democratic Union of Farmers in Westmark (UDFW) said prices had fallen.          | R "prices had fallen" <- Democratic Union of Farmers in Westmark / said / The Democratic Union of Farmers in Westmark (UDFW)
      The U.N. mission in Tolvania (UNMT) said the border was calm. The mission said the camps were full. | R "the border was calm" <- U.N. mission in Tolvania / said / The U.N. mission in Tolvania (UNMT) ; R "the camps were full" <- U.N. mission in Tolvania / said / The mission
      The Institute for Fiscal Studies disagreed. The IFS said taxes would rise.            | R "taxes would rise" <- Institute for Fiscal Studies / said / The IFS
      # an unnamed source keeps the name it speaks for
      A spokesman for Harbor Freight Lines said the strike was over.                         | R "the strike was over" <- spokesman for Harbor Freight Lines / said / A spokesman for Harbor Freight Lines
      A spokeswoman for the family said the funeral would be private.                       | R "the funeral would be private" <- spokeswoman / said / A spokeswoman for the family
      # … and a role for, at or of a body named before and referred to by a bare noun is that body's
      Norway's Maritime Safety Office inspected the ferry. A spokesman for the regulator said the hull was sound. | R "the hull was sound" <- Maritime Safety Office spokesman / said / A spokesman for the regulator
      The Ministry of Transport raised fares. An official at the ministry said more trains would run. | R "more trains would run" <- Ministry of Transport official / said / An official at the ministry
      # a longer name that only joins another to it is no fuller form
      Facebook and Twitter met the board. Facebook said the talks went well.               | R "the talks went well" <- Facebook / said / Facebook
      # a body named with "of", which the tagger read as common nouns or tagged with its article
      The Court of Appeal ruled that the trial had been unfair.                              | R "that the trial had been unfair" <- Court of Appeal / ruled / The Court of Appeal
      The family went to the House of Lords after the Court of Appeal backed the council's powers. | R "the council's powers" <- Court of Appeal / backed / the Court of Appeal
      # no fuller name: as written
      Cairn said the field was larger than thought.                                         | R "the field was larger than thought" <- Cairn / said / Cairn
      # a document (models/document-nouns.txt) speaks for the issuer the sentence names
      A review by the Office for National Statistics found that spending was counted twice. | R "that spending was counted twice" <- Office for National Statistics / found / A review by the Office for National Statistics
      A survey of 300 firms by Incomes Data Services said contributions had risen.          | R "contributions had risen" <- Incomes Data Services / said / A survey of 300 firms by Incomes Data Services
      A motion by Mr Alder's lawyers stated that the release served no purpose.             | R "that the release served no purpose" <- Mr Alder's lawyers / stated / A motion by Mr Alder's lawyers
      # a place before the issuer's name stays a modifier, also where the split hyphen of "think-tank" left it the head of the "by" phrase
      Young people vote less often than their parents, according to a study by UK think-tank Brightwell. | R "Young people vote less often than their parents" <- Brightwell / according to / a study by UK
      # … or the named agent of a participle that issues it (models/issuing-verbs.txt), not of one that only reads it
      Sales fell by a third last year, according to figures compiled by the Office for National Statistics. | R "Sales fell by a third last year" <- Office for National Statistics / according to / figures
      # a person named after the group he belongs to is the source, not the group
      One of the so-called Bristol Five, Tom Hale, said the families were delighted with the ruling. | R "the families were delighted with the ruling" <- Tom Hale / said / Bristol Five
      However, one of the so-called Leeds Four, Gerry Hale - who was wrongly convicted of the arson - said the families were delighted with the apology. | R "the families were delighted with the apology" <- Gerry Hale / said / one of the so-called Leeds Four, Gerry Hale - who was wrongly convicted of the arson
      Exports fell by a fifth, according to figures from the trade ministry.                      | R "Exports fell by a fifth" <- trade ministry / according to / figures from the trade ministry
      Exports fell by a fifth, according to a U.N. trade office report published last week.     | R "Exports fell by a fifth" <- U.N. trade office / according to / a U.N. trade office report
      Hospital visits rose by a third, according to estimates from the Carlos III Health Institute's monitoring system. | R "Hospital visits rose by a third" <- Carlos III Health Institute's monitoring system / according to / estimates from the Carlos III Health Institute's monitoring system
      The dam was built in 2019, according to tender documents seen by the Associated Press. | R "The dam was built in 2019" <- tender documents / according to / tender documents
      # no issuer in the sentence: the document itself
      Research suggests that pensions cost more.                                            | R "that pensions cost more" <- Research / suggests / Research
      # "the paper" and "the newspaper" stand for the newspaper named last (models/newspaper-words.txt), whatever the tagger made of its name
      The Harbor Gazette interviewed workers at Norcross Steel. The paper said the mill would close.    | R "the mill would close" <- Harbor Gazette / said / The paper
      The Harbor Gazette interviewed workers at Norcross Steel. The newspaper said the mill would close. | R "the mill would close" <- Harbor Gazette / said / The newspaper
      # a name right before "newspaper" is the paper's
      The Clarion newspaper said the mayor would resign.                                    | R "the mayor would resign" <- Clarion / said / The Clarion newspaper
      # a capitalised word the tagger left a common noun, before a name's word it took for a date ("Daily"), is part of the name
      The film had the best opening weekend, according to trade publication Screen Daily. Its takings doubled, Screen Daily said. | R "The film had the best opening weekend" <- Screen Daily / according to / trade publication Screen Daily ; R "Its takings doubled" <- Screen Daily / said / Screen Daily
      # no newspaper named: the words as written, not the company named last
      Norcross Steel cut 300 jobs. The newspaper said the mill would close.                 | R "the mill would close" <- newspaper / said / The newspaper
      # a name the tagger took for a person's, which an apposition calls a company or body, is an organisation's: "it" stands for it
      Verhoef Lanssen, a Dutch shipping group, lost a contract on Monday. Verhoef Lanssen said the ruling was wrong. More than 40 ships were idle, it said. | R "the ruling was wrong" <- Verhoef Lanssen / said / Verhoef Lanssen ; R "More than 40 ships were idle" <- Verhoef Lanssen / said / it
      # a comma the tagger put inside one body's name does not end it
      Exports fell sharply in May, the Ministry of Trade, Industry and Energy said.        | R "Exports fell sharply in May" <- Ministry of Trade, Industry and Energy / said / the Ministry of Trade, Industry and Energy
      # a paper named by its day, which the tagger cuts there ("Mail" a common noun, "Sunday" a date); no other day names a paper
      The levy was dropped, according to The Mail on Sunday.                               | R "The levy was dropped" <- Mail on Sunday / according to / The Mail on Sunday
      The Boston Globe on Tuesday reported that the mayor would resign.                     | R "that the mayor would resign" <- Boston Globe / reported / The Boston Globe on Tuesday
      # a body's name goes on after "for"/"of" with capitalised words the tagger left out of it
      The National Union for the Citizens said the bill was unfair.                        | R "the bill was unfair" <- National Union for the Citizens / said / The National Union for the Citizens
      The region's water regulator, the Inspectorate of the Rivers, said the dam was unsafe. | R "the dam was unsafe" <- Inspectorate of the Rivers / said / The region's water regulator
      The U.N. Office on Drugs and Crime estimated that 120,000 people were being held.  | R "that 120,000 people were being held" <- U.N. Office on Drugs and Crime / estimated / The U.N. Office on Drugs and Crime
      # a name's plural proper noun inside it joins the run: "the charity" stands for the whole name
      Médecins Sans Frontières said its teams had treated 300 patients. The charity said in a statement that stocks were low. | R "its teams had treated 300 patients" <- Médecins Sans Frontières / said / Médecins Sans Frontières ; R "that stocks were low" <- Médecins Sans Frontières / said / The charity
      # "its" before a source noun stands for the body or country named as a subject just before
      Russia, which brokered the ceasefire, was not represented. Its foreign ministry said it had taken note of the deal. | R "it had taken note of the deal" <- Russia's foreign ministry / said / Its foreign ministry
      # a body's name as the tagger marked it, where the parse cut it or hung a relative pronoun on its last word
      The Paraguayan Chamber of Cereal and Oilseed Exporters estimated that the harvest would fall. | R "that the harvest would fall" <- Paraguayan Chamber of Cereal and Oilseed Exporters / estimated / Exporters
      Thousands have fled, according to the International Organization for Migration, which said many were sleeping in schools. | R "many were sleeping in schools" <- International Organization for Migration / said / which
      # the proper nouns before a company's legal form are its name, though tagged a person's; "the company" and "it" stand for it
      Flughafen Wien AG said staff were checking in passengers by hand. The company said it had isolated the systems. | R "staff were checking in passengers by hand" <- Flughafen Wien AG / said / Flughafen Wien AG ; R "it had isolated the systems" <- Flughafen Wien AG / said / The company
      # a nation's adjective after "the" says whose body it is
      Exports will fall this year, the German Chambers of Commerce warned.                 | R "Exports will fall this year" <- German Chambers of Commerce / warned / the German Chambers of Commerce
      # two sources joined by "and" after a long clause, the first of which the parser hung on the clause's verb: both
      Two climbers held by a gang in the hills have been freed and were flown to Kathmandu on Monday, Nepal's army and the climbers' tour operators said. | R "Two climbers held by a gang in the hills have been freed and were flown to Kathmandu on Monday" <- Nepal's army and the climbers' tour operators / said / Nepal's army and the climbers' tour operators
      """)
  void organisation(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a participle after a comma hung inside the clause of a noun reports for the main clause
      Nora Lind rejected the idea that the unions could block the bill, arguing that the vote was fair. | R "the idea that the unions could block the bill" <- Nora Lind / rejected / Nora Lind ; R "that the vote was fair" <- Nora Lind / arguing / Nora Lind
      # … or hung on a noun in apposition, when the main clause is an adjective's
      Nora Lind was upfront about her distaste for Tom Reed, the current GOP front-runner, saying conservatives need to band together to stop him. | R "conservatives need to band together to stop him" <- Nora Lind / saying / Nora Lind
      # … or hung on a word of a phrase inside the clause of a noun
      Tom Reed bristled at the suggestion that he was responsible for advising Lind to drop her bid, saying, "my advice to her was to stay." | D "my advice to her was to stay." <- Tom Reed / saying / Tom Reed
      # … or hung on the noun of an adverbial clause: that clause's subject, not the noun
      Ann Roe was a different candidate in 2012, when she ran as a calm would-be governor in chief, promising that she would quiet any doubts about whether she was fit for the office. | R "that she would quiet any doubts about whether she was fit for the office" <- Ann Roe / promising / she
      # a participle coordinated with a finite verb continues the participle before it
      Tom Reed toured the region on Monday, visiting farms that were hurt by bad weather — and arguing that the crops would recover. | R "that the crops would recover" <- Tom Reed / arguing / Tom Reed
      # … or hung on a to-infinitive with a subject of its own: the verb the infinitive completes
      In March, the council called for Ana Ruiz to step down, calling her "a liability to the town."   | D "a liability to the town." <- council / called for / the council
      # a verb coordinated with a passive one shares its subject, not its agent
      The farmers were angered by the ruling and warned that prices would rise.       | R "that prices would rise" <- farmers / warned / The farmers
      # a participle the parser hung on a noun that can say nothing is the earlier cue's speaker's
      Ann Roe does not believe the levy should be an election issue, arguing it is a matter for each council. | R "the levy should be an election issue" <- Ann Roe / believe / Ann Roe ; R "it is a matter for each council" <- Ann Roe / arguing / Ann Roe
      """)
  void participle(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a bare generic noun for a body (models/organisation-nouns.txt) is the organisation named last; with words of its own it is a body described anew
      The Harbor Safety Board inspected the pier. The agency said the pier was unsafe.      | R "the pier was unsafe" <- Harbor Safety Board / said / The agency
      The Harbor Safety Board inspected the pier. The state labour agency said the pier was unsafe. | R "the pier was unsafe" <- state labour agency / said / The state labour agency
      # a group described before it was named gives way to the group named since as a subject
      The army said the rebel group had fired rockets. The Zapatistas, who have held the valley since 2010, have burned two bridges. The men are still in the hills, the group said. | R "the rebel group had fired rockets" <- army / said / The army ; R "The men are still in the hills" <- Zapatistas / said / the group
      # a body of another country or field is another body, though its noun is the same
      Germany's Interior Ministry said the border was open. The Polish foreign ministry said the talks had failed. | R "the border was open" <- Germany's Interior Ministry / said / Germany's Interior Ministry ; R "the talks had failed" <- Polish foreign ministry / said / The Polish foreign ministry
      # a body's name that the tagger splits into a place's and an organisation's at "for" is one name
      Officials met on Monday. Lassa fever has killed 52 people in Nigeria since the start of the year, with confirmed cases in 14 states, the Nigeria Centre for Disease Control and Prevention (NCDC) said on Monday. | R "Lassa fever has killed 52 people in Nigeria since the start of the year, with confirmed cases in 14 states" <- Nigeria Centre for Disease Control and Prevention / said / the Nigeria Centre for Disease Control and Prevention
      # two roles joined by "and" before a name: the name's, though the parser hung it on the first
      Officials met on Monday. Radcliffe's best friend and fellow distance runner Liz Yelling revealed the 30-year-old is already fit. | R "the 30-year-old is already fit" <- Liz Yelling / revealed / Radcliffe's best friend and fellow distance runner
      # "a member of" a group, and part of "those" a participle describes, are named with the group
      Officials met on Monday. A member of the orchestra said they could smell smoke.   | R "they could smell smoke" <- member of the orchestra / said / A member of the orchestra
      Officials met on Monday. Several of those surveyed said the film would win.       | R "the film would win" <- Several of those surveyed / said / Several of those
      # a body named by a common noun and its capitalised field keeps every word of the field
      Officials met on Monday. The European Centre for Disease Prevention and Control (ECDC) said two other countries had reported cases. | R "two other countries had reported cases" <- European Centre for Disease Prevention and Control / said / The European Centre for Disease Prevention and Control (ECDC)
      # a country's possessive before a body's name is part of the name, no role; before a person's name it is the role's
      Kenya’s Health Ministry said cases had doubled.                                        | R "cases had doubled" <- Kenya’s Health Ministry / said / Kenya’s Health Ministry
      Kenya's President Amina Odhiambo said the talks had failed.                             | R "the talks had failed" <- Amina Odhiambo / said / Kenya's President Amina Odhiambo
      # "his"/"her" before a source noun is the person the pronoun stands for
      Mayor Ann Roe left the city on Monday. Her office said the trip was private.          | R "the trip was private" <- Ann Roe's office / said / Her office
      # an organisation's name in apposition to the field of a generic noun is the source
      Ten clinics closed in May, according to the UN agency for children, UNICEF.           | R "Ten clinics closed in May" <- UNICEF / according to / the UN agency for children, UNICEF
      # a name after the noun of "according to", closed by a comma, is the source's, not the clause's subject
      According to the polling firm Ipsos, support for the plan has fallen.                  | R "support for the plan has fallen" <- Ipsos / According to / the polling firm Ipsos
      # an office written as a title with its field before the holder's name: the holder; "the <field> chief" is that person again
      Minister for Transport Ana Lind said the line would reopen. The transport chief said the trains were late. | R "the line would reopen" <- Ana Lind / said / Minister for Transport Ana Lind ; R "the trains were late" <- Ana Lind / said / The transport chief
      # "the company" is not the body named in the cue's own phrase before it, nor a public body
      Harlow Foods said on Monday that sales fell. In a filing to the New York Stock Exchange, the company said it would cut jobs. | R "that sales fell" <- Harlow Foods / said / Harlow Foods ; R "it would cut jobs" <- Harlow Foods / said / the company
      # … but the body whose statement that phrase is: "a statement from X", "a statement by X"
      Monitoring firm Pingwise said the sites were down. In a statement from Harlow Foods, the company denied that it was to blame. | R "the sites were down" <- Pingwise / said / Monitoring firm Pingwise ; R "that it was to blame" <- Harlow Foods / denied / the company
      Harlow Foods cut prices. Responding to a statement from the regulator Ofwat, the company said it would appeal. | R "it would appeal" <- Harlow Foods / said / the company
      Harlow Foods cut prices. The Competition and Markets Office opened an inquiry. The company said it had done nothing wrong. | R "it had done nothing wrong" <- Harlow Foods / said / The company
      # … and of the sentence that names it, the organisation that is the subject, not one it acts against
      Fastmail Corp was fighting a lawsuit brought by Google, which wants damages. The company said it would appeal. | R "it would appeal" <- Fastmail Corp / said / The company
      # … and with no body as a subject there, the body that spoke shortly before, not one only an object or modifier names
      Tallis Foods said it would cut 200 jobs. The deal will see Tallis' dairy business overtake Arlen Milk as the biggest dairy in Europe. The new group would have sales of $9bn, the company estimated. | R "it would cut 200 jobs" <- Tallis Foods / said / Tallis Foods ; R "The new group would have sales of $9bn" <- Tallis Foods / estimated / the company
      Reuters reported the strike on Monday. The crew met in Oslo. The pilot had flown with Kestrel Air since 2010, the airline said. | R "the strike on Monday" <- Reuters / reported / Reuters ; R "The pilot had flown with Kestrel Air since 2010" <- Kestrel Air / said / the airline
      # a person named for the first time with a role, in the sentence before "he said", is whom it stands for, not the speaker before
      # (not when someone else is the subject of that sentence's main clause: "The premier shrugged off claims from … Tom Hale", below)
      "The price is right," said Tom Hale, an analyst at Ovum. One dissenting opinion came from Brian Gage, head of research at Gartner. He said: "It changes nothing." | D "The price is right," <- Tom Hale / said / Tom Hale ; D "It changes nothing." <- Brian Gage / said / He
      # … never the agency of the dateline, which wrote the story, wherever the story names it again
      OSLO, May 4 (Reuters) - Pirates have freed a tanker, its owner said. Two elders told Reuters a ransom had been paid. The crew were held on board throughout, the company said. | R "Pirates have freed a tanker" <- its owner / said / its owner ; R "a ransom had been paid" <- Two elders / told / Two elders ; R "The crew were held on board throughout" <- company / said / the company
      Tallis Foods said it would close two plants. "The outlook for Arlen Milk is strong," the firm said. | R "it would close two plants" <- Tallis Foods / said / Tallis Foods ; D "The outlook for Arlen Milk is strong," <- Tallis Foods / said / the firm
      # … also a one-word name tagged a person's that no role or gender makes one
      ZapWireMail was fighting several legal battles, most notably against Google, which is pushing for damages. The company said filing for bankruptcy would help it. | R "filing for bankruptcy would help it" <- ZapWireMail / said / The company
      # … not a one-word subject that is the short form of a person named in full
      Orlen Rail's finance chief, Greta Haas, accused the union of greed. Haas said that Orlen Rail, which lost money last year, could not pay more. The company said it had asked the union to accept mediation. | R "the union of greed" <- Greta Haas / accused / Orlen Rail's finance chief ; R "that Orlen Rail, which lost money last year, could not pay more" <- Greta Haas / said / Haas ; R "it had asked the union to accept mediation" <- Orlen Rail / said / The company
      # … and with no organisation tagged before it, a body the tagger left untagged that spoke
      Next has said its annual profit will be lower than expected. "Sales in our winter range have been weak," the company said. | R "its annual profit will be lower than expected" <- Next / said / Next ; D "Sales in our winter range have been weak," <- Next / said / the company
      # a body named by its name that spoke in the sentence just before, not an older description with the same noun; not a body whose name ends in another body noun
      The country's flood agency said 40 people had died. UNHCR warned that water was short. The agency said at least 90 schools had been damaged. | R "40 people had died" <- country's flood agency / said / The country's flood agency ; R "that water was short" <- UNHCR / warned / UNHCR ; R "at least 90 schools had been damaged" <- UNHCR / said / The agency
      # … nor a body known as another kind (models/body-kinds.txt): a charity is no agency
      The country's flood agency said 40 people had died. Oxfam warned that water was short. The agency said at least 90 schools had been damaged. | R "40 people had died" <- country's flood agency / said / The country's flood agency ; R "that water was short" <- Oxfam / warned / Oxfam ; R "at least 90 schools had been damaged" <- country's flood agency / said / The agency
      # … but "the aid agency" may be a charity: the body that spoke just before
      The country's flood agency said 40 people had died. Oxfam warned that water was short. "Families are drinking from the river," the aid agency said. | R "40 people had died" <- country's flood agency / said / The country's flood agency ; R "that water was short" <- Oxfam / warned / Oxfam ; D "Families are drinking from the river," <- Oxfam / said / the aid agency
      The weather agency said rain would fall. Acme Bank said rates would rise. The agency said the storm would pass. | R "rain would fall" <- weather agency / said / The weather agency ; R "rates would rise" <- Acme Bank / said / Acme Bank ; R "the storm would pass" <- weather agency / said / The agency
      # a described generic noun with no body acting in its sentence: the body that spoke in the sentence before
      Oxfam said its teams were in the city. Two clinics were closed, the medical charity said. | R "its teams were in the city" <- Oxfam / said / Oxfam ; R "Two clinics were closed" <- Oxfam / said / the medical charity
      # … not a body whose name carries another body noun: a ministry is no charity
      Save the Children ran the camp. The Ministry of Water said wells were dry. Food was short, the aid charity said. | R "wells were dry" <- Ministry of Water / said / The Ministry of Water ; R "Food was short" <- aid charity / said / the aid charity
      # a dateline's agency credit wrote the story: no body a later description stands for
      DUBLIN (Reuters) — Irish carrier Kellan said on Thursday that hackers had stolen the data of 2 million passengers. The airline said it discovered the intrusion on Feb. 9. | R "that hackers had stolen the data of 2 million passengers" <- Kellan / said / Irish carrier Kellan ; R "it discovered the intrusion on Feb. 9" <- airline / said / The airline
      # an adjective before a body's name is part of it when the acronym after the name spells it
      The British Chess Federation (BCF) said the match would go ahead.                     | R "the match would go ahead" <- British Chess Federation / said / The British Chess Federation (BCF)
      # a body named with its field is not a description with another field before the same noun
      The Ministry of Economy, Trade and Industry ordered a review. On Monday the transport ministry said three carmakers had submitted false data. | R "three carmakers had submitted false data" <- transport ministry / said / the transport ministry
      The Ministry of Health opened two clinics. The health ministry said the clinics were full. | R "the clinics were full" <- Ministry of Health / said / The health ministry
      """)
  void organisationReferredAgain(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a role the tagger wrote like a name, before the person's name or with it in apposition: the person
      Chile's acting Energy Minister Rosa Valdivia Luna said the grid was stable.                  | R "the grid was stable" <- Rosa Valdivia Luna / said / Chile's acting Energy Minister Rosa Valdivia Luna
      Schools will reopen on Monday, the Enugu State Governor, Chike Obi, said.                     | R "Schools will reopen on Monday" <- Chike Obi / said / the Enugu State Governor
      # an office with its field after "of the": the holder
      Supreme Leader of the Islamic Republic Ayatollah Hossein Rezaei said the attack would not go unanswered. | R "the attack would not go unanswered" <- Hossein Rezaei / said / Supreme Leader of the Islamic Republic Ayatollah Hossein Rezaei
      # a lower-case connector inside an organisation's name, though the tagger split the name around it
      The Detainees and Missing Persons Council said the inquiry was a sham.                        | R "the inquiry was a sham" <- Detainees and Missing Persons Council / said / The Detainees and Missing Persons Council
      Rights group Odhikar o Nagorik Mancha said nearly 300 people had been detained.               | R "nearly 300 people had been detained" <- Odhikar o Nagorik Mancha / said / Rights group Odhikar o Nagorik Mancha
      # a body's name with the place it serves after "of", which the tagger tagged apart
      The dam failed on Monday, the High Court of Justice of Catalonia said.                        | R "The dam failed on Monday" <- High Court of Justice of Catalonia / said / the High Court of Justice of Catalonia
      The Supreme Court of Justice of Andalusia said the ruling would stand.                        | R "the ruling would stand" <- Supreme Court of Justice of Andalusia / said / The Supreme Court of Justice of Andalusia
      # a plural possessive inside an organisation's name is part of it
      Meanwhile, the Office of Miners' and Ex-Miners' Pensions said in a statement that 40 claims had been paid. | R "that 40 claims had been paid" <- Office of Miners' and Ex-Miners' Pensions / said / the Office of Miners' and Ex-Miners' Pensions
      # "which" at the cue is named from its antecedent's whole name
      Two people died, according to Jordan's Health Ministry, which said 40 people had been wounded. | R "40 people had been wounded" <- Jordan's Health Ministry / said / which
      # a tally by someone speaks for them
      Turnout fell to 40%, according to a tally by local media.                                     | R "Turnout fell to 40%" <- local media / according to / a tally by local media
      # a peer is named with the title
      Lord Harrowby said the bill was flawed. He added that peers would vote against it.            | R "the bill was flawed" <- Lord Harrowby / said / Lord Harrowby ; R "that peers would vote against it" <- Lord Harrowby / added / He
      # an epithet for a body that acts in the same sentence is that body; in another sentence it stays a description
      The Polisario Front shelled two outposts on Sunday, in what the Algeria-backed rebel group said was a reply to a drone strike. | R "what the Algeria-backed rebel group said was a reply to a drone strike" <- Polisario Front / said / the Algeria-backed rebel group
      Google said its sales rose. The Paris-based pressure group said the site was blocked.         | R "its sales rose" <- Google / said / Google ; R "the site was blocked" <- Paris-based pressure group / said / The Paris-based pressure group
      # an untagged name with a possessive, an office with its field after "for", an organisation's branch named by its place
      The Ombudsman's Office (Defensor del Pueblo) said on Monday that the marchers had been peaceful. | R "that the marchers had been peaceful" <- Ombudsman's Office / said / The Ombudsman's Office (Defensor del Pueblo)
      The Chilean Employers' Confederation (Coparmex), which represents 36,000 companies, called for faster cuts and said small firms were struggling. | R "faster cuts" <- Employers' Confederation / called for / The Chilean Employers' Confederation (Coparmex) ; R "small firms were struggling" <- Employers' Confederation / said / The Chilean Employers' Confederation (Coparmex)
      The federal Minister for Emergency Services said in a statement that the dams were full.       | R "that the dams were full" <- Minister for Emergency Services / said / The federal Minister for Emergency Services
      According to NHS Wales, more than 90,000 operations have been delayed.                          | R "more than 90,000 operations have been delayed" <- NHS Wales / According to / NHS Wales
      # an unnamed source keeps the body it heads or speaks for, and a name's capitalised complements
      The head of the coast guard said the ferry had no licence.                                       | R "the ferry had no licence" <- head of the coast guard / said / The head of the coast guard
      A lawyer for the Forest Council of Brela said the permit was void.                               | R "the permit was void" <- lawyer for the Forest Council of Brela / said / A lawyer for the Forest Council of Brela
      # a role in lower case with its field before the holder's name is the holder's
      Leeds director of football Tom Greer said the deal was off.                                     | R "the deal was off" <- Tom Greer / said / Leeds director of football Tom Greer
      The head of security Ana Pike said the gates had been locked.                                   | R "the gates had been locked" <- Ana Pike / said / The head of security Ana Pike
      But a spokesman for Mr Tate said the plan would go ahead in April.                               | R "the plan would go ahead in April" <- spokesman for Mr Tate / said / a spokesman for Mr Tate
      # a name's words joined by a hyphen, an organisation's name after "of" with its number, a noun with the adjective phrase after it
      Pratt-Whitley, which makes jet engines, said the order was cancelled.                          | R "the order was cancelled" <- Pratt-Whitley / said / Pratt-Whitley
      The Benevolent Order of Transit Police Harbor City Lodge No. 4 said the line was unsafe.       | R "the line was unsafe" <- Benevolent Order of Transit Police Harbor City Lodge No. 4 / said / The Benevolent Order of Transit Police Harbor City Lodge No. 4
      The ferry was late, according to two officials familiar with the schedule.                    | R "The ferry was late" <- two officials familiar with the schedule / according to / two officials familiar with the schedule
      # the parser took a time word or a noun of a relative clause for the subject: the phrase that opens the sentence is
      The widow of a farmer killed by a landslide last month demanded on Friday that the quarry be closed. | R "that the quarry be closed" <- widow / demanded / The widow of a farmer
      The Association of Tram Drivers (ATD), which employs mechanics across the city's 14 depots, said in a statement that it had made its final offer. | R "that it had made its final offer" <- Association of Tram Drivers / said / The Association of Tram Drivers (ATD)
      # a name in apposition runs on past the comma that ends the mention
      Peru's largest mining firm, Andes Copper & Gold Corp (ACG), says it will close the pit.       | R "it will close the pit" <- Andes Copper & Gold Corp / says / Peru's largest mining firm
      Two port unions, the Harbour Pilots Association and AFSCME Local 52, said they would strike.  | R "they would strike" <- Harbour Pilots Association and AFSCME Local 52 / said / Two port unions
      # a lawyer's titles are roles too: the name in apposition after the role's place is the person's
      Velora's chief counsel in Geneva, Ines Marku, told reporters that the firm would appeal.     | R "that the firm would appeal" <- Ines Marku / told / Velora's chief counsel in Geneva
      # "the two unions" after a joint statement are the bodies named together
      The Dock Workers Union and the Seafarers Guild said the port was unsafe. The two unions said talks had stalled. | R "the port was unsafe" <- Dock Workers Union and the Seafarers Guild / said / The Dock Workers Union and the Seafarers Guild ; R "talks had stalled" <- Dock Workers Union and the Seafarers Guild / said / The two unions
      # a role in apposition to a role, and the name after it
      The panel's chairwoman, Kenya's health minister Amina Odera, told reporters that the report was late. | R "that the report was late" <- Amina Odera / told / The panel's chairwoman
      Lagos's port authority chief Ade Bello had claimed the harbor was full.     | R "the harbor was full" <- Ade Bello / claimed / Lagos's port authority
      # a description that counts its noun is no group counted otherwise
      Seven unions joined the strike in May. The Dock Workers Union and the Drivers Guild led it. The two unions said in a statement that talks had failed. | R "that talks had failed" <- two unions / said / The two unions
      # a web site's name beside the role, which the tagger takes for a common noun
      The web traffic monitor, StatWatch.com, has reported that the new browser is losing users. | R "that the new browser is losing users" <- StatWatch.com / reported / The web traffic monitor
      """)
  void nameBesideRole(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # "he" after someone new that a noun introduces is that someone
      "The planes came twice," said a fisherman who asked not to be named. He said about 30 boats were lost. | D "The planes came twice," <- fisherman / said / a fisherman ; R "about 30 boats were lost" <- fisherman / said / He
      # a person named as the subject of the sentence before, after the last speaker spoke, is "he"; a name inside the speaker's own clause is not
      "We will not back down," a spokesman said. Green Party energy spokesman Paul Hines has been a critic of the plan for years. He said: "This is a plan without a future." | D "We will not back down," <- spokesman / said / a spokesman ; D "This is a plan without a future." <- Paul Hines / said / He
      Lord Harrowby said Lord Pryce and Lady Moll played no part in the talks. He added that the talks had failed. | R "Lord Pryce and Lady Moll played no part in the talks" <- Lord Harrowby / said / Lord Harrowby ; R "that the talks had failed" <- Lord Harrowby / added / He
      # "it" after a document that was the subject of the sentence before is the document, not the body named in its passive agent
      The study was written by two panels that review the work of the Food Standards Agency (FSA). It said that most farms were safe. | R "that most farms were safe" <- study / said / It
      # … and the body whose report led the sentence before, even after a speaker's "its" in a phrase fronted before that report
      A Home Office spokesman said the figures were old. Apart from its warning on prison places, the UNESCO report was positive about schools. It said the number of teachers had risen. | R "the figures were old" <- Home Office spokesman / said / A Home Office spokesman ; R "prison places" <- Home Office spokesman / warning on / its ; R "the number of teachers had risen" <- UNESCO / said / It
      # "they" after a plural source noun that was the subject of the sentence before is that noun, not a plural later in its sentence
      Researchers at the National Institute of Health analysed hospital records from 14 countries between 2001 and 2020. They found that the rate of infection had doubled. | R "that the rate of infection had doubled" <- Researchers / found / They
      Five law lords ruled against the scheme last week. They said it was wrong to hold suspects without trial. | R "it was wrong to hold suspects without trial" <- Five law lords / said / They
      # … but not when its sentence names someone else the pronoun fits, nor someone of the other gender
      Tom Reed, who hosts a radio show, was asked by a caller why rents were rising. "Because the city is full," he said. | R "why rents were rising" <- caller / asked / a caller ; D "Because the city is full," <- Tom Reed / said / he
      At a town hall, a young man asked Ann Roe why she ran. "I was angry," she said.                 | R "why she ran" <- young man / asked / a young man ; D "I was angry," <- Ann Roe / said / she
      # the subject of the sentence before counts only as the main clause's, of the pronoun's gender, outside quotation marks
      "Prices will rise," said Ann Roe. She implied that Nora Lind could lose the vote. "Lind is weak," she said. | D "Prices will rise," <- Ann Roe / said / Ann Roe ; D "Lind is weak," <- Ann Roe / said / she
      # … not the subject of a clause that "but" sets against the speaker's: the speaker goes on
      Coach Tom Lee said his team would win, but striker Peter Brown is injured. He said the squad was ready for Sunday. | R "his team would win" <- Tom Lee / said / Coach Tom Lee ; R "the squad was ready for Sunday" <- Tom Lee / said / He
      # a quotation with no cue after a sentence about a person who has not spoken yet is that person's, not the last speaker's
      "We won," said Ana Ruiz. Team coach Tom Baker wants the players to train harder on grass. "It will teach them patience." | D "We won," <- Ana Ruiz / said / Ana Ruiz ; D "It will teach them patience." <- Tom Baker / wants / Tom Baker
      # "our correspondent" is the paper's own correspondent named before, as "the correspondent" is
      The talks could fail, said BBC labour correspondent Ann Cole. This would allow months of talks, said our correspondent. | R "The talks could fail" <- Ann Cole / said / BBC labour correspondent Ann Cole ; R "This would allow months of talks" <- Ann Cole / said / our correspondent
      # a name inside a quotation is the speaker's words: the writer's later "he" is not that person
      Mr Reed said: "Disunity has a corrosive effect. "Tom Hale is a great chancellor." The businessman also voiced concern about the war. And he called the response "poor". "The people need help," he said. | D "Disunity has a corrosive effect." <- Reed / said / Mr Reed ; D "Tom Hale is a great chancellor." <- Reed / said / Mr Reed ; D "poor" <- Reed / called / he ; D "The people need help," <- Reed / said / he
      # … also when the speaker before is named only by a noun for a person: "he" is that speaker, not a name in a chant
      Greeted by cries of "Tomas! Tomas!" the mayor said the bridge would open. He added that tolls would fall. | R "the bridge would open" <- mayor / said / the mayor ; R "that tolls would fall" <- mayor / added / He
      # … but a sentence of a deed, not a stance, leaves the quotation to the last speaker
      "The economy is weak," said Finance Minister Ana Ruiz. President Luis Mora fired her deputy in March. "We need to rebuild trust." | D "The economy is weak," <- Ana Ruiz / said / Finance Minister Ana Ruiz ; D "We need to rebuild trust." <- Ana Ruiz / said / Finance Minister Ana Ruiz
      # … and a sentence of the writer's after a long quotation counts as one: "he" is still its speaker, not a name in that sentence
      Premier Ian Fox spoke on Friday. Asked about the deal, he replied: "I am proud of it. "It took a year. We worked hard on it." The premier shrugged off claims from opposition leader Tom Hale that he had lied. He said the deal was fair. | D "I am proud of it." <- Ian Fox / replied / he ; D "It took a year. We worked hard on it." <- Ian Fox / replied / he ; R "the deal was fair" <- Ian Fox / said / He
      # with no one named, "she" is the person an office described in the sentence before
      The minister said the strikes would go on. "We will not give in," she said. | R "the strikes would go on" <- minister / said / The minister ; D "We will not give in," <- minister / said / she
      # a pronoun in a clause of a sentence whose subject is named before it is that subject, not the last speaker
      Officials met on Monday. The World Health Organization said cases had risen. It urged states to share data. The Nigeria Centre for Disease Control has opened a crisis centre, which it said would lead the response. | R "cases had risen" <- World Health Organization / said / The World Health Organization ; R "states to share data" <- World Health Organization / urged / It ; R "would lead the response" <- Nigeria Centre for Disease Control / said / it
      # … and so is a country
      Officials met on Monday. The World Health Organization said cases had risen. Norway has opened a field hospital, which it said would treat 200 patients a day. | R "cases had risen" <- World Health Organization / said / The World Health Organization ; R "would treat 200 patients a day" <- Norway / said / it
      # someone new whom an office introduces ("a judge") is the "he" after
      The firm lost its case when a judge said the contract was void. He ruled the firm must pay. | R "the contract was void" <- judge / said / a judge ; R "the firm must pay" <- judge / ruled / He
      # a person described by a role noun who spoke in the sentence right before is "he" or "she"
      Omar Baig quit as finance minister last week. "The deal is bad. It will cost us," said Tom Hale. In a statement, the former finance minister said he accepted the report. He said he had told the truth. | D "The deal is bad. It will cost us," <- Tom Hale / said / Tom Hale ; R "he accepted the report" <- finance minister / said / the former finance minister ; R "he had told the truth" <- finance minister / said / He
      # "he" after a long quotation of its speaker: the quoted sentences are no distance, so the name inside them is not "he"
      "We won," said Tom Baker. "Peter Lund played well. We were ready. The crowd helped us. The fans were great. We will be back," he continued. | D "We won," <- Tom Baker / said / Tom Baker ; D "Peter Lund played well. We were ready. The crowd helped us. The fans were great. We will be back," <- Tom Baker / continued / he
      """)
  void pronounAfterDescription(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a role noun at the cue whose holder the article names elsewhere with the same description
      "The water rose fast," one of the rescuers said. The rescuer, Piet Olsen, said the boat had capsized. | D "The water rose fast," <- Piet Olsen / said / one of the rescuers ; R "the boat had capsized" <- Piet Olsen / said / The rescuer
      "The water rose fast," one of the rescuers said.\\n\\nThe rescuer, Piet Olsen, a 41-year-old fisherman from Bergen, said the boat had capsized. | D "The water rose fast," <- Piet Olsen / said / one of the rescuers ; R "the boat had capsized" <- Piet Olsen / said / The rescuer
      A fire officer said the blaze was contained. Later, fire officer Anna Berg said the cause was unknown. | R "the blaze was contained" <- Anna Berg / said / A fire officer ; R "the cause was unknown" <- Anna Berg / said / fire officer Anna Berg
      # … not a role with more words, another one
      "We will not back down," a spokesman said. Green Party spokesman Paul Hines said the plan would fail. | D "We will not back down," <- spokesman / said / a spokesman ; R "the plan would fail" <- Paul Hines / said / Green Party spokesman Paul Hines
      # … not a lead's description that the next paragraph does not give a name: whoever it names is someone else
      Crash on the A1\\n\\nA hospital spokesman has said the patient is stable.\\n\\nJohn Smith, 45, suffered head injuries in the crash on Sunday. | R "the patient is stable" <- hospital spokesman / said / A hospital spokesman
      # … a lead's possessed description whose holder the next sentences name as a speaker
      Ferry cuts\\n\\nThe ferry line will drop two routes, its managing director has said.\\n\\nHowever, Marta Kowalski told staff that no jobs would go. | R "The ferry line will drop two routes" <- Marta Kowalski / said / its managing director ; R "that no jobs would go" <- Marta Kowalski / told / Marta Kowalski
      # … not an indefinite one, whom the next person quoted is as often not
      Tax row\\n\\nThe levy is unfair to farmers, a senior adviser has warned.\\n\\nIn a radio interview, Karl Brandt said the levy should go. | R "The levy is unfair to farmers" <- senior adviser / warned / a senior adviser ; R "the levy should go" <- Karl Brandt / said / Karl Brandt
      # … not one an age or a relative clause sets apart as a new voice
      Factory closure\\n\\nThe factory will close in spring, its owner has said.\\n\\nPeter Fields, 54, said he did not know what to do. | R "The factory will close in spring" <- its owner / said / its owner ; R "he did not know what to do" <- Peter Fields / said / Peter Fields
      Mine safety\\n\\nThe mine is safe, its manager has insisted.\\n\\nBut Tom Cole, who lost his brother there, said nothing had changed. | R "The mine is safe" <- its manager / insisted / its manager ; R "nothing had changed" <- Tom Cole / said / Tom Cole
      # … not one the next speaker's own role makes someone else
      Flights cancelled\\n\\nAll flights were cancelled, the airline's chief executive has said.\\n\\nPassenger Sue Ellis said she had slept on the floor. | R "All flights were cancelled" <- airline's chief executive / said / the airline's chief executive ; R "she had slept on the floor" <- Passenger Sue Ellis / said / Passenger Sue Ellis
      Ferry cuts\\n\\nThe ferry line will drop two routes, its managing director has said.\\n\\nUnion leader Marta Kowalski said no jobs should go. | R "The ferry line will drop two routes" <- its managing director / said / its managing director ; R "no jobs should go" <- Marta Kowalski / said / Union leader Marta Kowalski
      # … not a definite description of someone named only later, in another story
      The judge said the evidence was weak. In a separate case, Judge Ann Wu jailed a man for fraud. | R "the evidence was weak" <- judge / said / The judge
      # … not a definite one: an office known without its name
      Budget cuts\\n\\nThe budget will be cut, the finance minister has said.\\n\\nOpposition leader Mia Sand said the cuts would hurt schools. | R "The budget will be cut" <- finance minister / said / the finance minister ; R "the cuts would hurt schools" <- Mia Sand / said / Opposition leader Mia Sand
      """)
  void roleNamedElsewhere(String text, String expected) {
    assertEquals(expected, QuoteRows.of(text.replace("\\n", "\n")));
  }

  /** The role kept beside a speaker's name: the words of the mention before the name, less a title after the role's comma. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      Energy Minister Camila Ortiz said the mine had been shut twice.             | Camila Ortiz (Energy Minister)
      # a role split at its "and" by the parser, opening the sentence
      Mines and Energy Minister Camila Ortiz said the mine had been shut twice.   | Camila Ortiz (Mines and Energy Minister)
      # a title alone is no role
      Growth will slow, Mr Ravi Menon told reporters.                             | Ravi Menon (null)
      # a title after the role's comma is the name's
      The unit's director, Dr. Nirmala Fernando, said cases had risen.            | Nirmala Fernando (unit's director)
      """)
  void role(String text, String expected) {
    Claim c = Shared.claims(text).stream().filter(x -> x.type().equals(ClaimType.QUOTE)).findFirst().orElseThrow();
    assertEquals(expected, c.attribution().speaker() + " (" + c.attribution().role() + ")");
  }
}
