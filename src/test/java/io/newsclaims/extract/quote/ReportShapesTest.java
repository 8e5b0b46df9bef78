package io.newsclaims.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reported speech in the shapes that the dependency parse gets wrong or that need more than a
 * verb of saying: cues that close or interrupt their clause, subjects the parser loses,
 * evidence that "shows" or "finds", cues whose preposition is parsed as a clause's mark. One
 * sentence per row, its quote claims out as {@code R "content" <- speaker / cue / mention}
 * (several joined by " ; "; empty when the sentence holds no quote claim). Every cue and
 * mention must also be the original text at its offsets.
 */
class ReportShapesTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # "branded" says what its object is, as "called" does; "branded goods" says nothing
      Lord Ellis branded the decision "stupid and evil".                          | D "stupid and evil" <- Lord Ellis / branded / Lord Ellis
      Critics branded the plan as reckless.                                       | R "the plan as reckless" <- Critics / branded / Critics
      The shop sells branded goods at half price.                                 | ~~
      # "dubbed" and "labelled" too; a thing dubbed a name, or products labelled, say nothing
      The bar council dubbed the new rules an "attack on justice".                | D "attack on justice" <- bar council / dubbed / The bar council
      Critics labelled the tariff plan reckless.                                  | R "the tariff plan reckless" <- Critics / labelled / Critics
      A computer worm dubbed Netsky-Q spread quickly on Monday.                   | ~~
      The workers labelled the boxes and loaded them onto lorries.                | ~~
      # pleading and appealing to someone to act is urging; a plea in court says nothing
      The police have pleaded with travelling fans not to gather outside the stadium. | R "not to gather outside the stadium" <- police / pleaded / The police
      The mayor appealed to residents to stay indoors.                            | R "to stay indoors" <- mayor / appealed / The mayor
      The bishop implored both sides to lay down their arms.                      | R "both sides to lay down their arms" <- bishop / implored / The bishop
      He pleaded guilty to fraud at Leeds Crown Court.                            | ~~
      She pleaded not guilty to all charges.                                      | ~~
      # an inverted cue tagged a participle before the name is a cue all the same
      Real losses have been suffered and somebody has to pay, observed Jack Rolle, an adviser to the fund. | R "Real losses have been suffered and somebody has to pay" <- Jack Rolle / observed / Jack Rolle
      # a participle of saying on an object that could say nothing is the clause subject's, named or not in a lexicon
      Ziptel.net also backed the proposals saying "we will be happy if the regulator accepts them". | R "the proposals saying "we will be happy if the regulator accepts them" <- Ziptel.net / backed / Ziptel.net ; D "we will be happy if the regulator accepts them" <- Ziptel.net / saying / Ziptel.net
      # research shows, like a study: its author by "by" is the source
      Research by Dr Ana Velez shows that commuters are sleeping less.            | R "that commuters are sleeping less" <- Ana Velez / shows / Research by Dr Ana Velez
      The minutes of the meeting show how the offer quickly fell apart.          | R "how the offer quickly fell apart" <- minutes / show / The minutes of the meeting
      # a relative clause by "which" on a thing says nothing, though "add" is a verb of saying, and does not cut the clause it stands in; one by "that" may take sides
      The diocese said that the extension, which had added a gallery, had been completed in October. | R "that the extension, which had added a gallery, had been completed in October" <- diocese / said / The diocese
      He failed to forge consensus on a problem that demands a bipartisan response. | R "a bipartisan response" <- problem / demands / a problem
      Its submission, which states that its products are "essentially tools", was filed on Monday. | D "its products are "essentially tools"" <- Its submission / states / which
      # a noun that only gathers people is named with them; a loose "who" after the comma that closes a noun's phrase is that noun; a relative clause on the opening noun ends before the main verb, also after a modal and an adverb
      A group of dock workers, who said they were facing redundancy, could barely hide their anger. | R "they were facing redundancy" <- group of dock workers / said / who
      Residents, who said they had not been warned, were angry.    | R "they had not been warned" <- Residents / said / who
      Some nurses, who said they had worked double shifts, would later strike. | R "they had worked double shifts" <- nurses / said / who
      # a closing cue after a role and a name set off by commas: a role with a participle or a postpositive "general"
      The attack encrypted the servers, Kenya Power's managing director, Ana Wambui Ruiz, said in a statement. | R "The attack encrypted the servers" <- Ana Wambui Ruiz / said / Kenya Power's managing director, Ana Wambui Ruiz
      Another 40 people were hurt, most of them farmers, the agency's director general, Ivo Marr, told Reuters. | R "Another 40 people were hurt, most of them farmers" <- Ivo Marr / told / the agency's director general, Ivo Marr
      # a second cue after ", and" that the parser hung inside a clause of the first one's content is the first speaker's
      Its spokesman, Ali Hassan, said the party would file complaints in 12 districts where it suspected that vote counting machines had been tampered with, and denied that its members were behind any of the attacks. | R "the party would file complaints in 12 districts where it suspected that vote counting machines had been tampered with" <- Ali Hassan / said / Its spokesman ; R "that its members were behind any of the attacks" <- Ali Hassan / denied / Its spokesman
      # "said A and that B", also with a comma: two statements
      The mayor said the bridge was safe and that repairs would start soon.       | R "the bridge was safe" <- mayor / said / The mayor ; R "repairs would start soon" <- mayor / said / The mayor
      The mayor said the bridge was safe, and that repairs would start in May.    | R "the bridge was safe" <- mayor / said / The mayor ; R "repairs would start in May" <- mayor / said / The mayor
      # "but that" before a plural subject, which the tagger reads as a determiner; and an object the parser broke off its clause
      The minister said most had been released on bail, but that repeat offenders would face fines. | R "most had been released on bail" <- minister / said / The minister ; R "repeat offenders would face fines" <- minister / said / The minister
      The judge said most had been freed on bail, but that repeat offenders would be fined. | R "most had been freed on bail" <- judge / said / The judge ; R "repeat offenders would be fined" <- judge / said / The judge
      The coach said injuries had fallen since 2020 but that concussions had risen. | R "injuries had fallen since 2020" <- coach / said / The coach ; R "concussions had risen" <- coach / said / The coach
      Okafor said the two boys who drowned had slipped off the pier while fishing, and that divers would search again on Monday. | R "the two boys who drowned had slipped off the pier while fishing" <- Okafor / said / Okafor ; R "divers would search again on Monday" <- Okafor / said / Okafor
      # "refute" and "rebut" deny by argument, their object the content
      But she refuted suggestions that the council had acted too slowly.          | R "suggestions that the council had acted too slowly" <- she / refuted / she
      # a cue that closes its sentence after a comma, with a date after it or a cue mistagged as a noun
      The ferry had carried 300 passengers, the operator said Friday.                     | R "The ferry had carried 300 passengers" <- operator / said / the operator
      The warehouse was sold twice in 2019, records show.                                 | R "The warehouse was sold twice in 2019" <- records / show / records
      The levee had two weak points, the engineer said.                                   | R "The levee had two weak points" <- engineer / said / the engineer
      The harbor will close for repairs, said Marta Quell, the port director, who spoke by phone. | R "The harbor will close for repairs" <- Marta Quell / said / Marta Quell
      # a cue between commas after its clause, which the parser made that clause's complement, before a clause of its own
      The ferry was insured for 3 million dollars in 2011, records show, and engineers say it is sound. | R "The ferry was insured for 3 million dollars in 2011" <- records / show / records ; R "it is sound" <- engineers / say / engineers
      # a closing source of two adjectives joined by "and"; an inverted source with an "of" phrase and a relative clause
      The bridge will close for two months while crews replace its deck, local and state officials said. | R "The bridge will close for two months while crews replace its deck" <- state officials / said / local and state officials
      Keeping the ferry running is squarely within the council's budget, said a group of residents who met the mayor on Monday. | R "Keeping the ferry running is squarely within the council's budget" <- group of residents / said / a group of residents
      # a participle after a comma takes the main clause's subject, past the subjects of an infinitive and of a bare infinitive right after its verb
      The National Farmers Federation called for an emergency fund to help growers replace damaged fences, saying many could not afford basic repairs. | R "an emergency fund to help growers replace damaged fences" <- National Farmers Federation / called for / The National Farmers Federation ; R "many could not afford basic repairs" <- National Farmers Federation / saying / The National Farmers Federation
      # a long subject whose insertion closes with a spaced dash before the cue, its parse broken by the dashes
      Mark Hollis, chief executive of Kickwell - a fan to fan service which provides paid-for match tickets - believes it is time sponsors stopped providing 'oxygen' for clubs that tolerate racist chanting. | R "it is time sponsors stopped providing 'oxygen' for clubs that tolerate racist chanting" <- Mark Hollis / believes / Mark Hollis
      # a cue joined by ", but" to a relative clause inside an earlier report is the first cue's speaker's, its clause whole though the parser broke it
      Mayor Ana Ruiz acknowledged that lower rates could fuel another jump in house prices in Madrid, where prices rose about 8% last year, but insisted that lending limits set by the central bank last month would keep borrowing in check. | R "that lower rates could fuel another jump in house prices in Madrid, where prices rose about 8% last year" <- Ana Ruiz / acknowledged / Mayor Ana Ruiz ; R "that lending limits set by the central bank last month would keep borrowing in check" <- Ana Ruiz / insisted / Mayor Ana Ruiz
      # a participle after a relative clause with no relative word is the main clause's, not the relative clause's subject's
      Denmark's financial watchdog fined Halvard Bank 1.9 billion crowns ($280 million) on Thursday, the largest penalty it has ever imposed, saying the lender had for years failed to stop tax fraud. | R "the lender had for years failed to stop tax fraud" <- Denmark's financial watchdog / saying / Denmark's financial watchdog
      # a speech its subject is only said to be going to make is the reporting speaker's words, not a cue ("would respond")
      Its spokesman, Ivan Petrov, said the claims were "pure fiction" and that Moscow would respond "in kind." | D "the claims were "pure fiction"" <- Ivan Petrov / said / Its spokesman ; D "Moscow would respond "in kind."" <- Ivan Petrov / said / Its spokesman
      # an infinitive that a preposition opens ("called on X to add …") is what is urged, not a statement of X
      The committee called on the European Commission to add the firm to the sanctions list, and said the two countries would act together. | R "the European Commission to add the firm to the sanctions list" <- committee / called on / The committee ; R "the two countries would act together" <- committee / said / The committee
      # a cue joined after a comma to a predicate after "be" takes the predicate's subject
      Ana Ruiz is on a one-year deal with the club, but said she may retire in May. | R "she may retire in May" <- Ana Ruiz / said / Ana Ruiz
      # the object of a causing verb says what its infinitive of saying reports
      The row prompted a Labour donor to say he would stop giving money. | R "he would stop giving money" <- Labour donor / say / a Labour donor
      # a name joined by "and" to a phrase inside a subject that can say nothing is the speaker, before a clause or a colon
      Milan beat Juventus in a penalty shootout after a 0-0 tie at Old Trafford and Ancelotti said the team was very happy. | R "the team was very happy" <- Ancelotti / said / Ancelotti
      Milan beat Juventus in a penalty shootout after a 0-0 tie at Old Trafford and Ancelotti said: "We are all very happy to return." | D "We are all very happy to return." <- Ancelotti / said / Ancelotti
      # a quotation inside a participle before the cue: the cue's subject comes before it, the noun after the cue begins its clause
      The mayor, calling the plan "a disgrace," said the council would vote against the budget. | D "a disgrace," <- mayor / said / The mayor ; R "the council would vote against the budget" <- mayor / said / The mayor
      # "and said" that the parser joins to a passive clause inside the sentence is the main verb's subject's, not the passive subject's
      Dr Ana Ruiz compared the scheme to the way the railways were built and said every town could share the benefits. | R "every town could share the benefits" <- Ana Ruiz / said / Dr Ana Ruiz
      # a clause of the reported clause's shape that the parser joined to the cue ("and 16 were injured") is reported too
      The vote was marred by clashes in which police said three people were killed and 12 were injured. | R "three people were killed and 12 were injured" <- police / said / police
      # a "because" clause the parser hung on the cue is the reason given with the reported clause
      Lena Ortiz said the gap between the two tallies was expected, because doctors recorded a death only when a test had been done. | R "the gap between the two tallies was expected, because doctors recorded a death only when a test had been done" <- Lena Ortiz / said / Lena Ortiz
      # a causing verb moves its object to call for something
      The death of a farm worker prompted two unions to call for a ban on work in the afternoon heat. | R "a ban on work" <- two unions / call for / two unions
      # a participle after a quotation closed by its comma, in a sentence whose parse made the cue a clausal subject, is the cue's speaker's
      Kenji Sato said Tokyo hoped Delhi would withdraw the duties "promptly," noting that Japanese exports had fallen by almost half. | D "Tokyo hoped Delhi would withdraw the duties "promptly,"" <- Kenji Sato / said / Kenji Sato ; R "that Japanese exports had fallen by almost half" <- Kenji Sato / noting / Kenji Sato
      # a panel is a body that finds; a name written in lower case after a body's noun is a name
      In a 90-page report, the three-member panel found that the ministry had failed to consult farmers. | R "that the ministry had failed to consult farmers" <- three-member panel / found / the three-member panel
      Steel industry group worldsteel estimated that global overcapacity would reach 600 million tonnes by 2028. | R "that global overcapacity would reach 600 million tonnes by 2028" <- Steel industry group worldsteel / estimated / Steel industry group worldsteel
      # "charge" reports only a clause marked by "that": a price charged or a fine is no statement
      The fees the two banks charge foreign customers to withdraw cash are too high.     | ~~
      The regulator could charge the banks up to 10% of their annual turnover.          | ~~
      The opposition charged that the count had been rigged.                            | R "that the count had been rigged" <- opposition / charged / The opposition
      # a subject and its quoted predicate that the parser split into the cue's object and a root the cue is the clausal subject of: one quotation
      The judgment said the council's failure to publish 12 tally sheets on time was "regrettable but not fatal." | D "the council's failure to publish 12 tally sheets on time was "regrettable but not fatal."" <- judgment / said / The judgment
      # the predicate after an infinitive inserted between commas, which the parser hung on the cue, is the reported clause's
      He insisted that the college, to be built in North Chungcheong province, would admit its first 60 students next year "whatever the pressure." | D "the college, to be built in North Chungcheong province, would admit its first 60 students next year "whatever the pressure."" <- he / insisted / He
      # a named hearer that a broken parse leaves at the start of the content is no part of it
      Two elders in the town, who asked not to be named, told Reuters the pirates had received $3.4 million. | R "the pirates had received $3.4 million" <- Two elders / told / Two elders
      # "told X to …" reports what X was told to do
      Former wing Tom Hale has told the team to stop complaining after the defeat. | R "the team to stop complaining after the defeat" <- Tom Hale / told / Former wing Tom Hale
      # "X is quoted as saying": the subject of the passive "quoted" says the clause after "saying", also past a "by" phrase
      The coach is quoted as saying the team would win.                                  | R "the team would win" <- coach / saying / The coach
      Mr Hale was quoted by a local paper as saying that the mill would close.            | R "that the mill would close" <- Hale / saying / Mr Hale
      # a closing cue hung on the clause's verb: that verb is no cue, "Ana Ruiz said" no content
      The new tax plan is worrying, the union leader Ana Ruiz said.                       | R "The new tax plan is worrying" <- Ana Ruiz / said / the union leader Ana Ruiz
      # a cue in a relative clause on the sentence's opening noun phrase reports up to the comma before the main verb
      Volunteer firefighter Jon Flores, who said he had reached the wreck before dawn, described "twisted metal." | R "he had reached the wreck before dawn" <- Jon Flores / said / who ; D "twisted metal." <- Jon Flores / described / Volunteer firefighter Jon Flores
      Amnesty International, which said in a report that the prisons were full, called for an inquiry into the shootings. | R "that the prisons were full" <- Amnesty International / said / which
      # an object with an aside set off by commas right before a finite verb is that verb's subject
      Ana Kuol said 17 injured people, including four children, had been taken to the hospital. | R "17 injured people, including four children, had been taken to the hospital" <- Ana Kuol / said / Ana Kuol
      # a cue after a comma whose parse gives it only whom it speaks to reports the words before it
      This estimate is preliminary, bank governor Ravi Menon told reporters, and could rise next year. | R "This estimate is preliminary" <- Ravi Menon / told / bank governor Ravi Menon
      # a closing cue whose hearer or whose own words are followed by a clause of time to the end reports the words before the comma
      The situation is under control, Obama told aides as he labored over the address. | R "The situation is under control" <- Obama / told / Obama
      The dam will hold, Kaboré said when he was asked about the rains.          | R "The dam will hold" <- Kaboré / said / Kaboré
      # not when nothing before the comma is a clause, nor for "as many as"
      In Kabul, officials said after the meeting the road would reopen.          | R "after the meeting the road would reopen" <- officials / said / officials
      In a statement, Kaboré said as many as 40 people died.                    | R "as many as 40 people died" <- Kaboré / said / Kaboré
      # a closing cue whose parse took a clause of the adjunct after its comma reports the words before the cue's comma
      Türkiye will raise the net monthly minimum wage by 27% to 35,700 lira from Jan. 1, the Labour and Social Security Ministry announced on Tuesday, after the country's largest labour confederation walked out of the final round of talks saying the increase would not keep pace with prices. | R "Türkiye will raise the net monthly minimum wage by 27% to 35,700 lira from Jan. 1" <- Labour and Social Security Ministry / announced / the Labour and Social Security Ministry ; R "the increase would not keep pace with prices" <- country's largest labour confederation / saying / the country's largest labour confederation
      # a long subject closed by a comma before the cue's auxiliary, the parser joining the cue to the relative clause's object
      Jack Straw, who argues the constitution reflected a British vision, has said the referendum could be held in spring 2006. | R "the constitution reflected a British vision" <- Jack Straw / argues / who ; R "the referendum could be held in spring 2006" <- Jack Straw / said / Jack Straw
      # a cue joined after ", and" to a relative clause on a noun is the outer speaker's, not the relative clause's subject's
      In a situation report published on Wednesday, the WHO said 21 deaths had been recorded, including three in Vakinankaratra region that the ministry has not yet confirmed, and warned that the risk of spread to the capital was moderate. | R "21 deaths had been recorded, including three in Vakinankaratra region that the ministry has not yet confirmed" <- WHO / said / the WHO ; R "that the risk of spread to the capital was moderate" <- WHO / warned / the WHO
      # a verb that calls something something, with only a gerund after it, weighs an act and says nothing
      The agency would now consider taking the county to court.                | ~~
      # an inverted cue whose source's name goes on with its firm and place up to the comma
      The ministers' comments were too weak, said Junya Tanase of JPMorgan Chase bank in Tokyo. | R "The ministers' comments were too weak" <- Junya Tanase / said / Junya Tanase of JPMorgan Chase bank in Tokyo
      # a verb of evidence stands inverted before a document, with its author
      Mobile users care more about lifestyle than screen size, shows a study by telecoms company Ericsson. | R "Mobile users care more about lifestyle than screen size" <- Ericsson / shows / a study by telecoms company Ericsson
      Prices will rise, shows the man in the street.                            | ~~
      # a long subject of two joined names with a relative clause, the parser hanging the cue on the relative clause
      Board members Haruka Ota and Shingo Ueda, who dissented, argued that the weak yen risked pushing import prices higher again. | R "the weak yen risked pushing import prices higher again" <- Shingo Ueda / argued / Board members Haruka Ota and Shingo Ueda
      # "who" after a firm the tagger left a common noun stands for the people the firm is theirs
      Analysts at consultancy LCG, who estimated that the stoppage would cost the economy about $600 million, said the bill was still likely to pass. | R "that the stoppage would cost the economy about $600 million" <- Analysts / estimated / who ; R "the bill was still likely to pass" <- Analysts / said / Analysts at consultancy LCG, who estimated that the stoppage would cost the economy about $600 million
      # a participle of saying after a comma that the parser took for the subject or the mark of the clause it reports
      He denied that the removal of fuel subsidies would push up prices, saying targeted cash aid would protect the poorest households. | R "that the removal of fuel subsidies would push up prices" <- he / denied / He ; R "targeted cash aid would protect the poorest households" <- he / saying / He
      The German Hospital Federation, which represents about 1,700 hospitals, called for an emergency fund to help clinics replace outdated systems, saying many could not afford basic protections. | R "an emergency fund to help clinics replace outdated systems" <- German Hospital Federation / called for / The German Hospital Federation ; R "many could not afford basic protections" <- German Hospital Federation / saying / The German Hospital Federation
      # a party by its members' name is a source
      The Conservatives have expressed serious misgivings about the plans.       | R "serious misgivings about the plans" <- Conservatives / expressed / The Conservatives
      # a verb of knowing with a clause opened by a question word leaves the question open: no statement
      Parents know which video games are suitable for children.                    | ~~
      # a closing cue after a role and a name, each closed by a comma, the parser making the role an apposition of the clause's object
      Some 14 districts have been declared high-risk areas, the unit's director, Dr. Nirmala Fernando, told reporters. | R "Some 14 districts have been declared high-risk areas" <- Nirmala Fernando / told / the unit's director, Dr. Nirmala Fernando
      # "told" with no subject in the parse: the long name before the relative clause is its source, its object the hearer, never an inverted source (the parser, which made the minister the subject of "ordered", leaves "said" only "the mine")
      Mines and Energy Minister Camila Ortiz, who said the mine had been ordered shut twice in the past year over poor ventilation, told Caracol Radio that its owners "will have to answer" for the deaths. | R "the mine" <- Camila Ortiz / said / who ; D "its owners "will have to answer" for the deaths" <- Camila Ortiz / told / Mines and Energy Minister Camila Ortiz
      # a closing cue with a phrase of time or place after it, its subject hung by the parser on the clause before
      Nine unions signed a pact in Lagos on Monday on ending the strike and restoring national wage talks, Labour Minister Ada Okon said after the closing session of a two-day meeting. | R "Nine unions signed a pact in Lagos on Monday on ending the strike and restoring national wage talks" <- Ada Okon / said / Labour Minister Ada Okon
      # a closing cue with an adjunct set off by a comma after it, opened by a preposition or subordinator
      A mudslide in the northern hills buried at least 30 homes and cut the main road, most of them farms, a village elder and rescuers said on Sunday, in the worst disaster the valley has seen in decades. | R "A mudslide in the northern hills buried at least 30 homes and cut the main road, most of them farms" <- rescuers / said / a village elder and rescuers
      Militant attacks in the north alone have displaced more than 300,000 people, aid agencies say, while many schools remain closed. | R "Militant attacks in the north alone have displaced more than 300,000 people" <- aid agencies / say / aid agencies
      # a document whose participle the parser took for the main verb still finds what follows ("found" is no verb of saying)
      A poll by YouGov published on Tuesday found that 40% of voters backed the plan, down from 55% in May. | R "that 40% of voters backed the plan, down from 55% in May" <- YouGov / found / A poll by YouGov
      # "admit" receives people as well as it concedes: a person object is no statement
      Clinics in the valley admitted 90 people with smoke injuries on Sunday.              | ~~
      Clinics admitted 90 people with burns on Sunday, the health agency said.            | R "Clinics admitted 90 people with burns on Sunday" <- health agency / said / the health agency
      The club admitted two mistakes in its accounts.                                     | R "two mistakes in its accounts" <- club / admitted / The club
      # an infinitive that says what something is for is no statement of it
      The finance ministry praised the deal and called for lower taxes to support small firms. | R "the deal" <- finance ministry / praised / The finance ministry ; R "lower taxes to support small firms" <- finance ministry / called for / The finance ministry
      The union drew up a plan to show that wages had fallen.                             | ~~
      # a name, a colon and a clause with "I": the name's statement, not the writer's with the name as content
      Rita Moll: I'd consider a run for mayor.                                            | R "I'd consider a run for mayor" <- Rita Moll / : / Rita Moll
      Poll: Ruiz a clear favourite among farmers in Tolva.                                | R "Ruiz a clear favourite among farmers in Tolva" <- Poll / : / Poll
      # ... also where the tagger left a name that opens with a given name untagged
      Frank Dutch: I'd consider a run for mayor.                                          | R "I'd consider a run for mayor" <- Frank Dutch / : / Frank Dutch
      # a quotation after a colon that no cue claims, right after a person's full name that ends the clause: that person's words
      The late surge does not surprise pollster Ana Ruiz: “Historically, the outsider gains most in the first weeks.” | D "Historically, the outsider gains most in the first weeks." <- Ana Ruiz / : / Ana Ruiz
      # … not a name a preposition governs
      The letter was addressed to Tomas Berg: “Dear mayor, we are worried.”           | ~~
      # a quotation inside an "according to" statement, which no cue claims: the statement is the claim
      According to the ferry company, the new boats brought “Harbor Nights” its biggest crowds since 2012. | R "the new boats brought “Harbor Nights” its biggest crowds since 2012" <- ferry company / According to / the ferry company
      # "according to" with a relative clause on its source: the clause before is sourced
      The mayor has invested in two firms, according to new tax records he filed with the state. | R "The mayor has invested in two firms" <- new tax records / according to / new tax records
      # "according to" closing a sentence on its relative clause: all of it, unless a source before speaks for the rest
      The fire started in the basement of the old mill, where about 80 people worked, according to the fire brigade. | R "The fire started in the basement of the old mill, where about 80 people worked" <- fire brigade / according to / the fire brigade
      According to the ministry, 40 homes have burned since May 3, when the first fire broke out in the hills, according to local tallies. | R "40 homes have burned since May 3, when the first fire broke out in the hills, according to local tallies" <- ministry / According to / the ministry ; R "when the first fire broke out in the hills" <- local tallies / according to / local tallies
      # "per" with a number gives a rate, no source
      The region now has 9.1 clinics per 100,000 residents, up from 6.4 in 2019.    | ~~
      # a second cue after a comma and "and", joined by the parser to the first cue's clause, is the first cue's speaker's
      Spokesman Ivo Marr said the strike showed that "there is no safe place in the valley", and called for an independent inquiry. | D "the strike showed that "there is no safe place in the valley"" <- Ivo Marr / said / Spokesman Ivo Marr ; R "an independent inquiry" <- Ivo Marr / called for / Spokesman Ivo Marr
      Spokeswoman Lena Park said on Monday that the city had made some progress but "must do more", adding that the state would keep watching. | D "the city had made some progress but "must do more"" <- Lena Park / said / Spokeswoman Lena Park ; R "that the state would keep watching" <- Lena Park / adding / Spokeswoman Lena Park
      Ana Ruiz said the army had seized the town and claimed victory.                      | R "the army had seized the town and claimed victory" <- Ana Ruiz / said / Ana Ruiz ; R "victory" <- army / claimed / the army
      # "according to" a pronoun; a closing cue after two joined noun phrases; a participle after a comma in a sentence the parser found no verb for
      Envoy Omar Saleh met both sides. According to him, the plan closes the gaps over the border. | R "the plan closes the gaps over the border" <- Omar Saleh / According to / him
      Troops took the port on Friday, as shelling reached the airport and bodies lay in the roads, farmers and aid workers said. | R "Troops took the port on Friday, as shelling reached the airport and bodies lay in the roads" <- aid workers / said / farmers and aid workers
      A joint statement from nine trade unions, including the Transport Workers Union and the Nurses Federation, called for an immediate strike. | R "an immediate strike" <- joint statement / called for / A joint statement from nine trade unions, including the Transport Workers Union and the Nurses Federation
      # "continue" cues the quotation beside it, and a clause after it is another cue's
      “The port is closed,” Mayor Ana Ruiz said. “We will rebuild it,” she continued. | D "The port is closed," <- Ana Ruiz / said / Mayor Ana Ruiz ; D "We will rebuild it," <- Ana Ruiz / continued / she
      Ruiz continued her push on the radio, citing a report that nine ferries were late. | R "a report that nine ferries were late" <- Ruiz / citing / Ruiz
      The talks will continue next week, two diplomats said.                       | R "The talks will continue next week" <- two diplomats / said / two diplomats
      The army said the raids would continue "without pause" and urged calm.       | D "the raids would continue "without pause"" <- army / said / The army ; R "calm" <- army / urged / The army
      # a clause the parser cut before its predicate, making the cue the predicate's subject, runs on to the predicate's end
      The mayor also offered her thanks, adding that their decision to stay was a "brave and a good thing". | D "their decision to stay was a "brave and a good thing"" <- mayor / adding / The mayor
      # a court's ruling reports like a verb of saying: the clause after its object ("ruled the firm must pay")
      Judge Ann Wu ruled the firm must pay the fine.                               | R "the firm must pay the fine" <- Ann Wu / ruled / Judge Ann Wu
      # a subject with a prepositional phrase and a relative clause that the parser took for the cue's subject
      A diplomat from one of the border states, who asked not to be named, said the two sides remained far apart on the timing of the vote. | R "the two sides remained far apart on the timing of the vote" <- diplomat / said / A diplomat
      # a fronted "according to" that the parser hung inside the subject sources the whole clause; with quoted words in it, the statement is direct
      According to the judges, consent to process health data must be explicit.   | R "consent to process health data must be explicit" <- judges / According to / the judges
      # a name set off after the fronted phrase's noun is the source's, not the clause's subject
      According to the port's director, Capt. Mirela Voicu, the quay will reopen in May. | R "the quay will reopen in May" <- Mirela Voicu / According to / the port's director, Capt. Mirela Voicu
      According to the director, Ana Ruiz, the hospital is full.                  | R "the hospital is full" <- Ana Ruiz / According to / the director, Ana Ruiz
      According to the regulator, the fees were “unfair and unlawful” for years.   | D "the fees were “unfair and unlawful” for years" <- regulator / According to / the regulator
      According to Ruiz, the city can afford a small rise “but not for promises it cannot keep.” | D "the city can afford a small rise “but not for promises it cannot keep" <- Ruiz / According to / Ruiz
      According to the envoy, “there will be no retreat.”                          | D "there will be no retreat" <- envoy / According to / the envoy
      # a quotation inside a verb of the mind inside a reported clause is the speaker's words, and one claim with the clause
      Ana Ruiz said the ministry hoped to lower the fuel tax by two cents in April "if oil prices stay where they are." | D "the ministry hoped to lower the fuel tax by two cents in April "if oil prices stay where they are."" <- Ana Ruiz / said / Ana Ruiz
      # a closing cue the parser hung on the cue of the clause it reports: one statement, the closing speaker's
      A hand recount of the mayoral race confirmed on Thursday that the incumbent won by 11 votes, county election officials said, ending a two-week dispute. | R "A hand recount of the mayoral race confirmed on Thursday that the incumbent won by 11 votes" <- county election officials / said / county election officials
      An audit of the harbour board found that the agency had overpaid its dredging contractors, state officials said Thursday, prompting calls for a review. | R "An audit of the harbour board found that the agency had overpaid its dredging contractors" <- state officials / said / state officials
      # a relative clause whose last name the parser took for the subject, in a sentence that opens inside a quotation; a number that ends the name the cue speaks to
      "I hope it shows the crew up. "We are dealing with a hard subject and it is good to have it accepted." Ruiz, who had won two awards for Salt and Lies and Maya Brook, told Radio 5 the new film was "a gamble". | D "the new film was "a gamble"" <- Ruiz / told / Ruiz
      # a main verb with no object before a subordinator that the parser took for a preposition: the noun phrase after it is the cue's subject
      The extra funding came after the fiscal watchdog said it had been counting road spending wrongly over the past five years. | R "it had been counting road spending wrongly over the past five years" <- fiscal watchdog / said / the fiscal watchdog
      # … and never the main verb's subject, even where the name after the subordinator is too long to read from the tokens
      The extra funding came after the Office for Budget Responsibility said it had been counting road spending wrongly over the past five years. | ~~
      # "according to" set off after a fronted clause sources the main clause after it; before a relative clause that the parser hung it on, the words before it
      While most of those were moved to the lower grade, according to a council official, two in the latest batch were moved to the top grade. | R "two in the latest batch were moved to the top grade" <- council official / according to / a council official
      Ruiz holds a 10-point lead in Tolva, according to the Daily Herald average of polls, where 75 pledged delegates will be at stake. | R "Ruiz holds a 10-point lead in Tolva" <- Daily Herald average of polls / according to / the Daily Herald average of polls
      # a cue that interrupts a sentence after a fronted subordinate clause: the clause is said too
      If the dam was never inspected, the engineer said, there is a simple reason: the budget ran out. | R "If the dam was never inspected, the engineer said, there is a simple reason: the budget ran out" <- engineer / said / the engineer
      # … unless the fronted clause reports something of its own
      Although the mayor said the dam was safe, the engineers said, it was never inspected. | R "the dam was safe" <- mayor / said / the mayor ; R "it was never inspected" <- engineers / said / the engineers
      While some clerks could face a fine, Mayor Ana Ruiz added, closing the office would be a step too far. | R "While some clerks could face a fine, Mayor Ana Ruiz added, closing the office would be a step too far" <- Ana Ruiz / added / Mayor Ana Ruiz
      # "according to" a bare source noun, not a bare noun of anything else
      The ferry sank on Monday, according to police.                                | R "The ferry sank on Monday" <- police / according to / police
      The work went ahead according to plan.                                        | ~~
      # a passive participle of a cue with its agent, set off by commas inside the subject, is no cue that lost its subject
      The motion, backed by three other groups, won 224 votes, the speaker announced. | R "The motion, backed by three other groups, won 224 votes" <- speaker / announced / the speaker
      # a closing cue whose subject holds a participle as an adjective ("presiding officer") reports all before the comma
      The measure won 61 votes in the chamber, short of the 70 needed to override the veto, the assembly's presiding officer announced. | R "The measure won 61 votes in the chamber, short of the 70 needed to override the veto" <- assembly's presiding officer / announced / the assembly's presiding officer
      # a closing "told" with whom it was told reports all before the comma, wherever the parser hung it
      Gunmen opened fire on a bus shortly after the market opened, killing three traders and wounding several others, two witnesses told Reuters. | R "Gunmen opened fire on a bus shortly after the market opened, killing three traders and wounding several others" <- two witnesses / told / two witnesses
      Police fired tear gas near the stadium soon after the match ended, injuring four fans and wounding several others, three witnesses told the BBC. | R "Police fired tear gas near the stadium soon after the match ended, injuring four fans and wounding several others" <- three witnesses / told / three witnesses
      The dam could burst within hours and the valley must be evacuated, the regional ministry warned residents. | R "The dam could burst within hours and the valley must be evacuated" <- regional ministry / warned / the regional ministry
      # a closing cue followed by a participle adjunct set off by a comma reports all before its own comma
      At least 42 people were taken to hospitals in the city and to the burn unit of the main hospital, a hospital official said, speaking on condition of anonymity. | R "At least 42 people were taken to hospitals in the city and to the burn unit of the main hospital" <- hospital official / said / a hospital official
      Nine children died in a crush at a fair in Ibadan, Oyo State, bringing the week's toll to 40. | ~~
      # a document's participle of a verb of judging speaks for its issuer
      Ann Lee issued a statement calling the ruling "a disgrace".                  | D "a disgrace" <- Ann Lee / calling / Ann Lee
      # a closing inverted cue in the present tense, with a plural source
      The share of drivers using diesel cars has dropped to below 30%, say industry analysts. | R "The share of drivers using diesel cars has dropped to below 30%" <- industry analysts / say / industry analysts
      # "admit" with people for object receives patients, whatever clause the parser hangs on it
      At the city hospital, doctors have admitted 86 children with measles this month, 14 of them to intensive care, according to Dr. Ana Ruiz, who heads its ward. | ~~
      # a relative word right before a cue, taken for its object, stands for the noun phrase before its comma
      Casualties were confirmed by the Ministry of Health, which said 31 people had been wounded. | R "31 people had been wounded" <- Ministry of Health / said / which
      The inquiry opened after complaints from smaller providers, which said they had lost customers. | R "they had lost customers" <- smaller providers / said / which
      Bad weather grounded rescue helicopters for most of the morning, according to the Nepal Army, which said three of its helicopters had flown 11 rescuers to the camp by early afternoon. | R "Bad weather grounded rescue helicopters for most of the morning" <- Nepal Army / according to / the Nepal Army ; R "three of its helicopters had flown 11 rescuers to the camp by early afternoon" <- Nepal Army / said / which
      # a hyphen between spaces is a dash: the phrase it sets off is the subject's, not one word with the cue
      At the same time as Kenya announced its new plan, Uganda - the region's second largest coffee exporter - announced sales from the crop had broken new records. | R "its new plan" <- Kenya / announced / Kenya ; R "sales from the crop had broken new records" <- Uganda / announced / Uganda
      # "admit" with a clause after the object the parser took from it reports the clause; lives claimed are a toll, not words
      The military admitted two soldiers had been killed in the ambush. | R "two soldiers had been killed in the ambush" <- military / admitted / The military
      The fire claimed 14 lives.                                        | ~~
      # a headline that ends in a cue verb with no words after it: no statement (and no index past the sentence's end)
      Film boss arrested over drug find                                            | ~~
      # an unnamed source keeps the "with knowledge of" phrase that says who it is
      The coach had lost the dressing room, according to two people with knowledge of the talks who spoke on condition of anonymity. | R "The coach had lost the dressing room" <- two people with knowledge of the talks / according to / two people with knowledge of the talks who spoke on condition of anonymity
      # a verb of saying parsed as an auxiliary of the verb it reports, in a relative clause on a source
      The strike destroyed the clinic, according to the provincial health office, which said 74 people had been wounded. | R "The strike destroyed the clinic" <- provincial health office / according to / the provincial health office ; R "74 people had been wounded" <- provincial health office / said / which
      # ", but said" that the parser made an auxiliary of the verb after it: the main cue's subject states it
      Chief executive Ana Ruiz admitted that winter sales were "below where we would want a normal winter to be", but said sales should still top market forecasts. | D "winter sales were "below where we would want a normal winter to be"" <- Ana Ruiz / admitted / Chief executive Ana Ruiz ; R "sales should still top market forecasts" <- Ana Ruiz / said / Chief executive Ana Ruiz
      # a relative clause's speaker that the parser made the subject of the verb its cue reports, the cue an auxiliary
      It was the third strike this month, after a stoppage in March that the union said had closed half the mines. | R "had closed half the mines" <- union / said / the union
      The hostages were freed on Friday, in a deal that officials said had been brokered by Qatar. | R "had been brokered by Qatar" <- officials / said / officials
      # a participle of saying after "by" or a comma that the parser made a modifier of the noun after it
      The health secretary hit back by saying Labour plans for the clinics had helped keep waiting times down for more than a year. | R "Labour plans for the clinics had helped keep waiting times down for more than a year" <- health secretary / saying / The health secretary
      The four rebel groups, which took control of the north in 2019, announced their exit from the talks last week, accusing Mali of being under the sway of Russia, its main ally, and of failing to protect them. | R "their exit from the talks last week" <- four rebel groups / announced / The four rebel groups ; R "Mali of being under the sway of Russia, its main ally, and of failing to protect them" <- four rebel groups / accusing / The four rebel groups
      # a court rules; a closing cue after its auxiliary
      The city's parking rules discriminated against disabled drivers, the appeals court has ruled. | R "The city's parking rules discriminated against disabled drivers" <- appeals court / ruled / the appeals court
      # a source that gives a figure to a toll noun
      The provincial health office put the death toll at 40.                        | R "the death toll at 40" <- provincial health office / put / The provincial health office
      The coast guard had earlier given a toll of 18 dead.                          | R "a toll of 18 dead" <- coast guard / given / The coast guard
      # a toll with no figure gives none: the figure comes with a cue of its own
      The district council gave a lower toll.                                       | ~~
      The clinic gave a higher toll, saying 12 people had died.                     | R "12 people had died" <- clinic / saying / The clinic
      The health ministry gave a new toll: 40 dead.                                 | R "a new toll: 40 dead" <- health ministry / gave / The health ministry
      Later estimates put the figure closer to 250 boats.                           | R "the figure" <- estimates / put / estimates
      # a verb of saying, negated, with a question for its clause: nothing was said
      The ferry company did not say whether the route would reopen.                 | ~~
      # ... but its subject spoke: "he" after it stands for that speaker
      The mayor did not say whether the bridge would reopen. He said engineers were still at work. | R "engineers were still at work" <- mayor / said / He
      The harbour master would not say how many boats were damaged.                 | ~~
      # a cue that interrupts its clause, hung by the parser on a word of that clause
      The wheat harvest fell by a third, the ministry added, and prices rose.             | R "The wheat harvest fell by a third" <- ministry / added / the ministry
      A nurse was among the dead at the Omar clinic, where about 900 people had been sheltering, the rescue agency said. | R "A nurse was among the dead at the Omar clinic, where about 900 people had been sheltering" <- rescue agency / said / the rescue agency
      The flood toll climbed to at least 60, rescue officials said, after divers searched the river. | R "The flood toll climbed to at least 60" <- rescue officials / said / rescue officials
      Exports have fallen to a ten-year low, the trade bureau said on Monday, hit largely by the strike. | R "Exports have fallen to a ten-year low" <- trade bureau / said / the trade bureau
      # "attacked" someone, or something of someone's, is words
      Senator Ada Park attacked the Lund brothers over the deal.                         | R "the Lund brothers" <- Ada Park / attacked / Senator Ada Park
      Senator Ada Park attacked the governor's budget.                                   | R "the governor's budget" <- Ada Park / attacked / Senator Ada Park
      # an as-clause: the clause it modifies is the report
      The plant will close in March, as the newspaper reported on Friday.                 | R "The plant will close in March" <- newspaper / reported / the newspaper
      # evidence as source: filings, polling, data, polls in a participle
      Data show that wages rose faster in the north.                                      | R "that wages rose faster in the north" <- Data / show / Data
      New filings show the campaign has less than $2 million in cash.                     | R "the campaign has less than $2 million in cash" <- New filings / show / New filings
      Exit polling showed that turnout fell in every district.                            | R "that turnout fell in every district" <- Exit polling / showed / Exit polling
      Early surveys show Dalton with a narrow lead.                                        | R "Dalton with a narrow lead" <- surveys / show / Early surveys
      Recent polls show farmers in the valley rejecting the levy.                         | R "farmers in the valley rejecting the levy" <- Recent polls / show / Recent polls
      Recent polls showing a close race alarmed the party.                                | R "a close race" <- Recent polls / showing / Recent polls
      """)
  void reported(String text, String expected) {
    assertEquals(expected, quotes(text));
  }

  /** The rows of {@link #reported} continue here: a text block compiles to one constant, at most 64 KB. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a finding verb after its subject in a conjunct, hung by the parser on that noun as a clause; a participle tagged as a past is no such verb
      The harbor is a critical battleground for both unions, and recent polls show Ruiz with a double-digit lead. | R "Ruiz with a double-digit lead" <- recent polls / show / recent polls
      In a statement posted on its website, the rebels' central command said its fighters were attacking the dissidents because they had "committed crimes" and collaborated with gangs. | D "its fighters were attacking the dissidents because they had "committed crimes"" <- rebels' central command / said / the rebels' central command
      # subjects the parser loses: a long fronted subject, a phrase before the subject, a quantifier
      The hospital's director, who has run the clinic for ten years, said the wing would reopen in June. | R "the wing would reopen in June" <- hospital's director / said / The hospital's director
      # a relative clause set off by commas whose verb the parser took for the cue's subject, a cue of its own in it
      One trader, who asked not to be named, said the bank had sold its holdings.        | R "the bank had sold its holdings" <- One trader / said / One trader
      Two diplomats, who declined to be identified, said the draft would be put to a vote on Friday. | R "the draft would be put to a vote on Friday" <- Two diplomats / said / Two diplomats
      In a brief statement to the council, Mayor Rhea Dunn added that the budget was balanced. | R "that the budget was balanced" <- Rhea Dunn / added / Mayor Rhea Dunn
      # ... also after ", and", with auxiliaries between the subject and the cue
      Spain's 2022 olive harvest was its worst on record, with about 600,000 tonnes picked, and regional officials have warned that this year could come close. | R "this year could come close" <- regional officials / warned / regional officials
      Like her neighbours, Oksana Bilyk said it's hard to find work in the town.          | R "it's hard to find work in the town" <- Oksana Bilyk / said / Oksana Bilyk
      # ... and a concession right after the cue, with the main clause the parser nests in it
      The mayor said although the budget was tight the pool would stay open.             | R "although the budget was tight the pool would stay open" <- mayor / said / The mayor
      Some of the farmers said the rains came too late.                                   | R "the rains came too late" <- Some of the farmers / said / Some of the farmers
      # a part of a group is named with the group: "Many", "Two" alone say nothing of who spoke
      Many of the residents said they had no water.                                       | R "they had no water" <- Many of the residents / said / Many of the residents
      Two of the league's three main sponsors said they were reviewing their contracts.  | R "they were reviewing their contracts" <- Two of the league's three main sponsors / said / Two of the league's three main sponsors
      # a reported clause the parser hangs above the cue or as a bare xcomp: the words after the cue
      Her campaign manager, Lena Ruiz, runs the office, but Ruiz said winning the county is far harder now. | R "winning the county is far harder now" <- Lena Ruiz / said / Ruiz
      # "according to" names its source whatever the noun: a profile, an average, polling
      The ferry line has run since 1998, according to its company website.               | R "The ferry line has run since 1998" <- its company website / according to / its company website
      According to recent polling, the mayor leads the race.                              | R "the mayor leads the race" <- recent polling / According to / recent polling
      # a verb of taking sides: any noun phrase can be its source, a share of voters or a quantifier
      In the county, 31 percent of voters favored the tax.                               | R "the tax" <- 31 percent of voters / favored / 31 percent of voters
      The rest of the council is divided, although most oppose the plan.                 | R "the plan" <- most / oppose / most
      # a poll before the clause it sources
      In a new county poll, the mayor led her rival by six points.                       | R "the mayor led her rival by six points" <- new county poll / In / a new county poll
      # a closing cue whose parse takes a word before the comma for its subject
      The new bridge marks a turning point for the valley towns, one longtime resident said. | R "The new bridge marks a turning point for the valley towns" <- one longtime resident / said / one longtime resident
      # a participle after a comma takes the subject before it, through an infinitive it completes
      The captain refused to leave the harbor, insisting that the storm was too strong.  | R "that the storm was too strong" <- captain / insisting / The captain
      # a cue after a quotation that goes on with a clause of its own is not the quotation's cue
      Though Ana Ruiz told the paper they had “been partners for years,” she claimed they had never met. | D "the paper they had “been partners for years,”" <- Ana Ruiz / told / Ana Ruiz ; R "they had never met" <- Ana Ruiz / claimed / she
      # a statement noun with a possessor and a "for"/"of" phrase or an infinitive; "view … as"
      The mayor's call for a curfew divided the council.                                  | R "a curfew" <- mayor / call for / The mayor
      Most residents regard the new tower as an eyesore.                                  | R "the new tower as an eyesore" <- Most residents / regard / Most residents
      # "see" reports only in its "as" phrase
      Mayor Dana Kerr sees the new levy as a threat to small farms.                       | R "the new levy as a threat to small farms" <- Dana Kerr / sees / Mayor Dana Kerr
      The council saw rents rise sharply last year.                                       | ~~
      # a relative clause the parser hangs on its noun as a bare dep: the relative pronoun is the mention
      Lund, who sees himself as the heir to the old party, won easily.                    | R "himself as the heir to the old party" <- Lund / sees / who
      # "remind" someone of something or that something; "recall" with an object; "decline" (an attitude) says nothing
      Kerr reminded them of the losses in 2019.                                           | R "them of the losses in 2019" <- Kerr / reminded / Kerr
      The senator recalled her fight against the port closure.                            | R "her fight against the port closure" <- senator / recalled / The senator
      Rita Moll declined a question about her plans for the port.                         | ~~
      # a fronted poll phrase that the parser made the sentence's root still sources the clause after its comma
      In an NBC News/Tolva Times Poll released Sunday, three of four voters disapproved of the way the mayor had handled the strike. | R "three of four voters disapproved of the way the mayor had handled the strike" <- NBC News/Tolva Times Poll / In / an NBC News/Tolva Times Poll
      # "said yes" after the question: the answer is what was said
      Asked whether the plan would work, most of the farmers said yes.                   | R "yes" <- most of the farmers / said / most of the farmers
      # a loose clause in parentheses is an aside, not an object's content
      Exports declined by 4% (adjusted for prices) in May.                                | ~~
      # a question with "if" parsed as an adverbial clause of the cue
      The reporter asked the minister if the plant would close.                           | R "if the plant would close" <- reporter / asked / The reporter
      # "calls for" and "called on" with the preposition parsed as the mark of a clause
      She calls for $5 billion in new spending to repair the roads.                       | R "$5 billion in new spending to repair the roads" <- she / calls for / She
      The union called on the board to reopen the talks.                                  | R "the board to reopen the talks" <- union / called on / The union
      The union called upon the mayor to resign.                                          | R "the mayor to resign" <- union / called upon / The union
      # an object right before a finite verb is the subject of a reported clause the parser broke
      Of the tax, Ruiz said a lot of farmers in her county would find it very hard to accept. | R "a lot of farmers in her county would find it very hard to accept" <- Ruiz / said / Ruiz
      # a cue in a relative clause whose object is the relative pronoun reports its antecedent
      The council approved a budget cut, which the mayor criticized.                      | R "a budget cut" <- mayor / criticized / the mayor
      # an expectation with its object and infinitive; an accusation with the accused and the charge
      Officials expect the central bank to raise rates next year.                         | R "the central bank to raise rates next year" <- Officials / expect / Officials
      The senator accused the port authority of hiding the report.                        | R "the port authority of hiding the report" <- senator / accused / The senator
      The coach accused him of lying.                                                     | R "him of lying" <- coach / accused / The coach
      The opposition accused the government of ignoring the reports.                      | R "the government of ignoring the reports" <- opposition / accused / The opposition
      # an infinitive cue after a verb of aspect or seeming takes that verb's subject
      The coach went on to say the referee had been unfair.                                | R "the referee had been unfair" <- coach / say / The coach
      Ortega continued to insist that the ballots were valid.                              | R "that the ballots were valid" <- Ortega / insist / Ortega
      # ... and one on a predicate after "be", with a clause of its own, takes that predicate's subject; not an expletive's, nor a thing's
      The hotel staff were at pains to point out that the pool had been cleaned.          | R "that the pool had been cleaned" <- hotel staff / point out / The hotel staff
      The ministry was quick to stress that the roads had been closed since May.           | R "that the roads had been closed since May" <- ministry / stress / The ministry
      It is important to stress that the figures are provisional.                          | ~~
      The goal was a chance to announce that the town would grow.                          | ~~
      # ... nor one whose predicate denies or only expects the saying
      The minister was unwilling to admit that the plan had failed.                        | ~~
      The bank was reluctant to say that rates would fall.                                 | ~~
      # a clause between the subject and the cue belongs to a relative clause, not to what was said
      Now Ana Moreno, who has been more successful raising money than winning votes this year, hopes her campaign could recover there. | R "her campaign could recover there" <- Ana Moreno / hopes / who
      # an inverted cue between commas: the subject before it and the predicate after it are the content
      The tunnel, said Dana Kerr, would open in spring.                                   | R "The tunnel, said Dana Kerr, would open in spring" <- Dana Kerr / said / Dana Kerr
      # a participle after a parenthetical cue reports on its own, for the same speaker
      The delay was avoidable, Omar Haddad said, adding that the contractor had been warned. | R "The delay was avoidable" <- Omar Haddad / said / Omar Haddad ; R "that the contractor had been warned" <- Omar Haddad / adding / Omar Haddad
      The clinic stayed open late, Ruth Adler said, adding, "Nobody was turned away."    | R "The clinic stayed open late" <- Ruth Adler / said / Ruth Adler ; D "Nobody was turned away." <- Ruth Adler / adding / Ruth Adler
      # a relative clause whose verb the parser made the sentence's: the predicate after the cue, as in ContentBoundsTest
      The tax cuts, which economists said will cost billions, passed narrowly.           | R "will cost billions" <- economists / said / economists
      # "those" with a participle, and a relative clause with no relative word, as the subject
      Again, those surveyed said the mayor was doing well.                                | R "the mayor was doing well" <- those surveyed / said / those surveyed
      Several farmers I spoke with last week said the rains came too late.                | R "the rains came too late" <- Several farmers / said / Several farmers
      # an object before an adverb and a finite verb is the subject of a broken reported clause
      Green Party leader Ana Ruiz has said voters now have a "deep distrust" of the council. | D "voters now have a "deep distrust" of the council" <- Ana Ruiz / said / Green Party leader Ana Ruiz
      # a cue in a relative clause on the source is a statement of its own, not merged with the main cue's
      The survey, which questioned 900 nurses, found 40% planned to leave the profession. | R "900 nurses" <- survey / questioned / which ; R "40% planned to leave the profession" <- survey / found / The survey
      # a clause the parser hangs loose after the object of a cue that takes sides is not its content
      Most voters would reject the new tax by two to one, according to a survey posing the question the council will put to residents. | R "the new tax" <- Most voters / reject / Most voters
      # a participle on a document in the object: the clause after it is what the document says
      The union released a statement saying the mill would close in May.                 | R "the mill would close in May" <- union / saying / The union
      # a participle on a noun that could say nothing is the clause's: its subject speaks
      Ana Ruiz criticised the budget for schools saying it was too small.                 | R "it was too small" <- Ana Ruiz / saying / Ana Ruiz
      # an object right before the verb of a clause the parser broke is that clause's subject
      Ms Vale said staff were told the cuts were needed to save the mill.                 | R "staff were told the cuts were needed to save the mill" <- Vale / said / Ms Vale
      # a participle of saying after a comma is its own report, not the content of the cue before
      The airline declined to comment, saying it had no record of the flight.           | R "it had no record of the flight" <- airline / saying / The airline
      # a participle of saying after a small clause ("declared himself …", "called the plan …") is the verb's subject's, not the small clause's
      The coach declared himself "thrilled", saying the new players would be warmly welcomed by the fans. | D "himself "thrilled"" <- coach / declared / The coach ; R "the new players would be warmly welcomed by the fans" <- coach / saying / The coach
      Ann Roe called the plan a disaster, saying the city would be ruined by it.         | R "the plan a disaster" <- Ann Roe / called / Ann Roe ; R "the city would be ruined by it" <- Ann Roe / saying / Ann Roe
      # a participle of saying after "after" that the parser hung inside the clause it introduces: the main clause's subject said it
      The envoy walked out after claiming the offer was an insult.                      | R "the offer was an insult" <- envoy / claiming / The envoy
      The two firms are awaiting the court ruling after announcing they are to merge in May. | R "they are to merge in May" <- two firms / announcing / The two firms
      # … also with a term in quotation marks in the clause, whose parse hangs the clause's verb on the main clause
      The union has stopped the talks after claiming "secret papers" had been passed to the press. | D ""secret papers" had been passed to the press" <- union / claiming / The union
      The mayor smiled while insisting the budget was balanced.                         | R "the budget was balanced" <- mayor / insisting / The mayor
      # the same phrase opening the sentence: it ends at its comma, and the first subject after the comma said it
      Before claiming the vote was rigged, Ann Roe had conceded defeat.                 | R "the vote was rigged" <- Ann Roe / claiming / Ann Roe
      Upon claiming the ferry was unsafe, the union called a strike.                    | R "the ferry was unsafe" <- union / claiming / the union
      # a capitalised verb inside a campaign's name is no cue; the verb after the name is
      Omar Haddad, spokesman for Coast Says Yes, said the vote had been rigged.          | R "the vote had been rigged" <- Omar Haddad / said / Omar Haddad
      # a relative clause with no relative word after a common noun reports the predicate after its cue
      Mayor Ana Ruiz asked for more buses - something she says will cut traffic.         | R "more buses" <- Ana Ruiz / asked for / Mayor Ana Ruiz ; R "will cut traffic" <- Ana Ruiz / says / she
      # a call for something: the phrase of the preposition up to a comma, whatever the parser hangs after it; a gerund as the preposition's clause
      The committee began calling for the director to resign, a step the board has not taken. | R "the director to resign" <- committee / calling for / The committee
      He has also called for doubling the fees on trucks.                                | R "doubling the fees on trucks" <- he / called for / He
      # "called on" with its addressee parsed as the object: the preposition is part of the cue
      The union called on her to resign from the board.                                  | R "her to resign from the board" <- union / called on / The union
      # a verb of naming or judging: what it says of its object, with the object
      Ruiz calls himself a reformer.                                                     | R "himself a reformer" <- Ruiz / calls / Ruiz
      Most economists consider the new deficit sustainable.                              | R "the new deficit sustainable" <- Most economists / consider / Most economists
      Voters rejected a plan called the "green levy" in May.                             | R "a plan called the "green levy" in May" <- Voters / rejected / Voters
      # the asker of a fronted passive "asked by X": the agent is the source, the clause ends at its comma
      When asked by Ann Roe about the budget, the mayor said taxes would not rise.        | R "the budget" <- Ann Roe / asked / Ann Roe ; R "taxes would not rise" <- mayor / said / the mayor
      # who was asked and about what: an "about" phrase that the parser hangs on the object
      The host asked the senator about the new tariff.                                   | R "the senator about the new tariff" <- host / asked / The host
      # a closing cue whose source has its short form in brackets, after a long sentence the parser hangs it in
      The bridge over the river was closed for a week after the storm damaged two of its pillars, hours after engineers inspected it, the National Roads Agency (NRA) said in a statement. | R "The bridge over the river was closed for a week after the storm damaged two of its pillars, hours after engineers inspected it" <- National Roads Agency / said / the National Roads Agency
      # a when-clause set off by a comma tells a time, not what was said: the frame's phrase is the content
      Religious groups accused state authorities of weakening heritage protections in 2019, when nearly 500 changes were made to the state's planning code. | R "state authorities of weakening heritage protections" <- Religious groups / accused / Religious groups
      # a second cue joined with no comma to the reported clause, in a form that cannot share its modal, "do" or "be": the speaker's own, and the end of the first content
      Mayor Dana Holt told reporters that the city did not plan new taxes and urged residents to report broken pipes. | R "that the city did not plan new taxes" <- Dana Holt / told / Mayor Dana Holt ; R "residents to report broken pipes" <- Dana Holt / urged / Mayor Dana Holt
      Harbour officials said the new quay would be "the largest in the region" and stressed that fees would not rise. | D "the new quay would be "the largest in the region"" <- Harbour officials / said / Harbour officials ; R "that fees would not rise" <- Harbour officials / stressed / Harbour officials
      The union said it was open to new talks with the employers and warned that a strike remained possible. | R "it was open to new talks with the employers" <- union / said / The union ; R "that a strike remained possible" <- union / warned / The union
      # a past cue with a clause or frame of its own, joined to a verb inside the reported clause or frame of an outer past cue: a second statement of the outer speaker, also past a subject of the inner clause's own; not with an object alone (line 45), inside a because-clause, nor on a relative clause without a comma
      The dockers' leader said the port authority had ignored safety warnings and accused the owners of cutting corners. | R "the port authority had ignored safety warnings" <- dockers' leader / said / The dockers' leader ; R "the owners of cutting corners" <- dockers' leader / accused / The dockers' leader
      The charity called for the firm to repay clients and urged regulators to open an inquiry. | R "the firm to repay clients" <- charity / called for / The charity ; R "regulators to open an inquiry" <- charity / urged / The charity
      Mr. Hale said that he would vote for the budget but did not suggest it would pass. | R "that he would vote for the budget" <- Hale / said / Mr. Hale ; R "it would pass" <- Hale / suggest / Mr. Hale
      The league said the referee was unfair because he lost control and told reporters that it would appeal. | R "the referee was unfair because he lost control and told reporters that it would appeal" <- league / said / The league ; R "that it would appeal" <- he / told / he
      The spokesman said the rebels had seized the port and claimed victory after the battle ended. | R "the rebels had seized the port and claimed victory after the battle ended" <- spokesman / said / The spokesman ; R "victory" <- rebels / claimed / the rebels
      She thanked the volunteers who had cleared the road and warned drivers about the ice. | R "drivers about the ice" <- volunteers / warned / who
      # a verb of taking sides joined by "and"/"but" to a cue of the same source is a stance of its own; another cue goes on with the first statement; inside a reported clause both stay the outer one's
      The nurses' union condemned the new rota but praised the hospital's managers. | R "the new rota" <- nurses' union / condemned / The nurses' union ; R "the hospital's managers" <- nurses' union / praised / The nurses' union
      Senator Ada Park denounced the budget and rejected claims that it would raise taxes. | R "the budget" <- Ada Park / denounced / Senator Ada Park ; R "claims that it would raise taxes" <- Ada Park / rejected / Senator Ada Park
      The two envoys expressed their hope for a truce and discussed the release of prisoners. | R "their hope for a truce and discussed the release of prisoners" <- two envoys / expressed / The two envoys
      The mayor has said that she supports a lower fare but supports a higher toll. | R "that she supports a lower fare but supports a higher toll" <- mayor / said / The mayor
      # a quotation inside a reported clause: one direct statement from the clause's start; a second that-clause that holds the quotation is a statement of its own, and so is the clause before it
      The rebels said they had shelled four army bases, including a fuel depot near the airport, with mortars "in revenge for the raid" on their camp. | D "they had shelled four army bases, including a fuel depot near the airport, with mortars "in revenge for the raid" on their camp" <- rebels / said / The rebels
      A senior diplomat told reporters that the two sides were still talking, but that "the distance between them is huge" on the border question. | R "that the two sides were still talking" <- senior diplomat / told / A senior diplomat ; D ""the distance between them is huge" on the border question" <- senior diplomat / told / A senior diplomat
      # a statement noun of a decision or refusal with its possessor
      Farmers protested against the mayor's decision to close the ferry.               | R "close the ferry" <- mayor / decision to / the mayor
      Nurses marched over the council's refusal to fund the clinic.                    | R "fund the clinic" <- council / refusal to / the council
      # after a comma, a noun phrase that the parse makes the subject of the cue's own clause is no inverted source
      And aides to Governor Ana Ruiz of Tolva, a former judge, and Mayor Tom Reed of Lund, who had a long career in the navy, said their speeches, already full of references to the harbor, would focus even more on the ferry. | R "their speeches, already full of references to the harbor, would focus even more on the ferry" <- aides / said / aides to Governor Ana Ruiz of Tolva, a former judge, and Mayor Tom Reed of Lund, who had a long career in the navy
      Aides to Governor Ana Ruiz, who had a long career in the navy, said their speeches, already full of praise for the port, would focus more on the ferry. | R "their speeches, already full of praise for the port, would focus more on the ferry" <- Aides / said / Aides to Governor Ana Ruiz, who had a long career in the navy
      # a participle tagged as a past form that the parser made the main verb: the noun before it is the cue's subject
      But several nurses interviewed at the clinic this week, including Ms. Lund, said they had no plans to strike. | R "they had no plans to strike" <- several nurses / said / several nurses
      A KTVU/Marist poll of North Dakota released on Tuesday showed Mr. Holt with a 16-point lead over his closest rival, Mr. Reed. | R "Mr. Holt with a 16-point lead over his closest rival" <- KTVU/Marist / showed / A KTVU/Marist poll of North Dakota
      # a relative pronoun that the parser took for the object of its clause's verb when an aside comes between them is the subject
      Then came the harbor board's chairman Tom Reed, who, after trading insults with Mayor Ana Ruiz over the budget, said on a radio show that the port would close in May. | R "that the port would close in May" <- Tom Reed / said / who
      # a gerund of saying after "by" is the speaker's of the verb it completes
      Reed landed himself in trouble last week by saying that the judge overseeing the port lawsuits can't be impartial. | R "that the judge overseeing the port lawsuits can't be impartial" <- Reed / saying / Reed
      # a full stop before an opening mark ends the sentence also where the tokenizer takes the word before it for an abbreviation
      "The roads are flooded," Governor Lena Ross wrote on X. "Stay at home tonight." | D "The roads are flooded," <- Lena Ross / wrote / Governor Lena Ross ; D "Stay at home tonight." <- Lena Ross / wrote / Governor Lena Ross
      # a closing source whose noun phrase runs on in "of" phrases, which the parser left out of the cue's subject
      The storm cut power to 9,000 homes, and flooded two schools, the Energy Agency of the Northern Province said on Friday. | R "The storm cut power to 9,000 homes, and flooded two schools" <- Energy Agency of the Northern Province / said / the Energy Agency of the Northern Province
      # a clause after a closing cue opened by ", and" is the writer's next clause, not what was said
      The outbreak has sickened 80 people since May, the health agency said Tuesday, and doctors fear the number will grow. | R "The outbreak has sickened 80 people since May" <- health agency / said / the health agency ; R "the number will grow" <- doctors / fear / doctors
      # "according to" a role and the name in apposition after it, closing the sentence
      Work on the dam remains unpaid for, according to the site manager, Rosa Lind.     | R "Work on the dam remains unpaid for" <- Rosa Lind / according to / the site manager, Rosa Lind
      The boy died of his wounds, according to a statement from the family of the victim, Jane Doe. | R "The boy died of his wounds" <- statement / according to / a statement from the family of the victim
      # a quoted phrase inside a clause of saying, that a verb of seeking governs: the speaker's one direct claim
      Ms Lund said that she was seeking "firm guarantees" from the lenders before the vote. | D "she was seeking "firm guarantees" from the lenders before the vote" <- Ms Lund / said / Ms Lund
      # a jury, a tribunal or a coroner rules or finds: a source like a court
      A jury ruled that the driver had been negligent.                                    | R "that the driver had been negligent" <- jury / ruled / A jury
      The tribunal found that the dismissal was unfair.                                   | R "that the dismissal was unfair" <- tribunal / found / The tribunal
      # … a document or piece of evidence shows what its object says
      The video shows a man running from the bank.                                        | R "a man running from the bank" <- video / shows / The video
      Satellite images show a new runway at the air base.                                 | R "a new runway at the air base" <- Satellite images / show / Satellite images
      The review found serious flaws in the hospital's records.                          | R "serious flaws in the hospital's records" <- review / found / The review
      A poll this week found Ruiz level with Lind among farmers.                          | R "Ruiz level with Lind among farmers" <- poll / found / A poll this week
      # a that-clause the parser hangs on the noun of the cue's in-phrase is the cue's
      The ministry condemned the attack, saying in a statement that the group had used drones. | R "the attack" <- ministry / condemned / The ministry ; R "that the group had used drones" <- ministry / saying / The ministry
      # "'s said to" is a passive that raises its subject, no perfect: the closing source speaks
      She's said to have fled the country, police said.                                   | R "She's said to have fled the country" <- police / said / police
      # the rest of a reported clause the parser broke off after a name it took for an object
      The auditor said the records showed Moreno had taken 40,000 dollars from two charities that won grants. | R "the records showed Moreno had taken 40,000 dollars from two charities that won grants" <- auditor / said / The auditor
      # a quotation closed by its full stop is over: the next sentence's subject and verb are not its source and cue
      The council said the firm had used “cheap steel from abroad.” The firm did not respond to a request for comment. | D "the firm had used “cheap steel from abroad.”" <- council / said / The council
      # a quotation that a preposition governs in a phrase before the subject of a cue with a clause of its own: the writer's words, the clause the claim
      Stepping off the bus to cries of "Save the pier!," the mayor said her budget would "fund every repair." | D "her budget would "fund every repair."" <- mayor / said / the mayor
      To shouts of "Four more years," the governor said her plan was working.         | R "her plan was working" <- governor / said / the governor
      # "who" after a name and a comma, its cue made the subject of the clause it reports: the name's relative clause
      The levy was opposed by Ana Ruiz, who argued the tax was unfair.                 | R "the tax was unfair" <- Ana Ruiz / argued / who
      The plan was backed by Ana Ruiz, who claimed the tax was unfair.                 | R "the tax was unfair" <- Ana Ruiz / claimed / who
      # a contracted "has" that the parser reads as a passive "is": the perfect of a cue with its subject
      She's said the ferry would stay open.                                              | R "the ferry would stay open" <- she / said / She
      The fund was set up by Tom Lee, who's argued for years that fees are too high.     | R "that fees are too high" <- Tom Lee / argued / who
      # a capitalised word of a name the tagger read as a verb is parsed as part of the name
      The Royal Canadian Mounted Police said its cybercrime unit was investigating.    | R "its cybercrime unit was investigating" <- Royal Canadian Mounted Police / said / The Royal Canadian Mounted Police
      # … and so is a capitalised preposition of a name, with the nation's adjective that opens it
      Swiss Re said it had registered about 300 disasters in 2004.                      | R "it had registered about 300 disasters in 2004" <- Swiss Re / said / Swiss Re
      # a cue after the comma that closes a relative clause on its subject, the parser taking the clause's verb for the cue's auxiliary
      The union, which has 40,000 members, said it would strike in June.                | R "it would strike in June" <- union / said / The union
      # … and so does a cue joined to such a verb with an object of its own
      The federation, which has 54 members, sent its condolences and said it would help the inquiry. | R "it would help the inquiry" <- federation / said / The federation
      # a statement noun's phrase that is a date says when, not what
      The firm described the spill as a "minor incident" in its first statement on Tuesday. | D "the spill as a "minor incident"" <- firm / described / The firm
      # a that-clause after the comma that closes a relative clause on the cue's phrase is the cue's
      Ana Ruiz said outside the court, where about 50 supporters had gathered, that the ruling was fair. | R "that the ruling was fair" <- Ana Ruiz / said / Ana Ruiz
      # a cue between commas after its clause, then "and" and a clause of the writer's
      Pensioners will receive their March payments by cheque, the social services department said in a notice on its website, and offices will reopen on Monday with staff taking claims on paper. | R "Pensioners will receive their March payments by cheque" <- social services department / said / the social services department
      # a ballot's labels in marks are no quotation (the clause ends at its last word, before the closing mark)
      With most ballots counted, the “Yes” option had 58% of the vote against 42% for “No”, the electoral board said. | R "With most ballots counted, the “Yes” option had 58% of the vote against 42% for “No" <- electoral board / said / the electoral board
      “No,” the minister said.                                                        | D "No," <- minister / said / the minister
      # a cue's inverted subject with an "of" phrase of two nouns joined by "and": the noun the phrase modifies
      Prison deaths have reached "alarming" levels, a panel of judges and doctors has warned. | D "Prison deaths have reached "alarming" levels" <- panel of judges / warned / a panel of judges and doctors
      # a cue the parser made the subject of its object's predicate: the object and predicate are the clause, though the cue also takes things
      Hale also admits his side must improve their scrum work against France.       | R "his side must improve their scrum work against France" <- Hale / admits / Hale
      # a cue joined after the comma that closes a relative clause set off by commas is the main clause's subject's
      It singled out the case of Tom Lind, who drowned in the river in 2019, and urged the minister to order an inquiry. | R "the minister to order an inquiry" <- it / urged / It
      # a cue joined to a passive clause inside what an earlier cue reports is that cue's speaker's, not the passive's subject
      The mayor denied that any ransom had been paid and said the army had freed the hostages. | R "that any ransom had been paid" <- mayor / denied / The mayor ; R "the army had freed the hostages" <- mayor / said / The mayor
      # a quotation closed with no comma before "said" and a name: the name speaks
      "The obvious choice is Ruiz" said Lind. "He has the experience."              | D "The obvious choice is Ruiz" <- Lind / said / Lind ; D "He has the experience." <- Lind / said / Lind
      # "told" never stands inverted: the name before it is the source, not the hearer after it; a closing cue reports the main clause, not the adverbial one it hangs on
      The ferry was sailing to Manado when flames spread from the engine room, the agency's head of operations, Rudy Hartono, told Xinhua. | R "The ferry was sailing to Manado when flames spread from the engine room" <- Rudy Hartono / told / the agency's head of operations
      # a closing cue the parser hung deep inside the clause an inner cue reports: the closing speaker's, the whole sentence
      Preliminary findings suggest the freight train had been left on the main line instead of a siding because of a signalling fault, Deputy Transport Minister Anvar Yusupov told reporters in Samarkand. | R "Preliminary findings suggest the freight train had been left on the main line instead of a siding because of a signalling fault" <- Anvar Yusupov / told / Deputy Transport Minister Anvar Yusupov
      # a cue with its object set before its source judges the claim before it, it does not make it
      Two lawmakers accused Brussels last week of targeting American firms, a charge Ribera rejected on Tuesday. | R "Brussels last week of targeting American firms, a charge Ribera rejected on Tuesday" <- Two lawmakers / accused / Two lawmakers
      The company said it had asked the union to agree to mediation, a request the union rejected on Tuesday. | R "it had asked the union to agree to mediation, a request the union rejected on Tuesday" <- company / said / The company
      # … but a body's noun before its name is the source's own description
      Rolling power cuts have left millions of homes without electricity this week, state utility Vietnam Electricity said on Thursday. | R "Rolling power cuts have left millions of homes without electricity this week" <- Vietnam Electricity / said / state utility Vietnam Electricity
      # a source inside the quotation before an inverted cue is none: the noun after the cue, closed by "who", speaks
      "They said the same thing 12 years ago. 'We are doing everything we can,'" said a man who said his sister was among the missing. | D "They said the same thing 12 years ago. 'We are doing everything we can,'" <- man / said / a man ; R "his sister" <- man / said / who
      # "who" after people, on a relative clause the parser hung on an earlier noun that names no one
      Rebels have fought the army since 2017, after a crackdown on protests by lawyers and teachers who said they were ignored. | R "they were ignored" <- lawyers and teachers / said / who
      # "hear" reports only with a bench for subject: what was said before a court or a jury
      The firm lied to a US court to stop the sale of its main unit, the court has heard. | R "The firm lied to a US court to stop the sale of its main unit" <- US court / heard / the court
      The jury heard that the boy had been stabbed twice.                          | R "that the boy had been stabbed twice" <- jury / heard / The jury
      # a quotation with "according to" right after it is that source's, though a cue before it had another speaker
      “The label will work with the artists,” according to Glen Yearwood.            | D "The label will work with the artists," <- Glen Yearwood / according to / Glen Yearwood
      Promoters will make the stars agree to drop the songs. "The label will work with the artists," according to strategist Glen Yearwood, who represents the labels. | R "to drop the songs" <- stars / agree / the stars ; D "The label will work with the artists," <- Glen Yearwood / according to / strategist Glen Yearwood
      # a compound noun the parser read as a gerund with its first noun for subject ("its storm warning") cues nothing: the quotation after it goes with the clause
      She said the weather agency had issued its storm warning only on Sunday morning, “when most of the boats were already far out.” | D "the weather agency had issued its storm warning only on Sunday morning, “when most of the boats were already far out.”" <- she / said / She
      Farmers said the army had sent its flood warning too late, “when the water was already in the houses.” | D "the army had sent its flood warning too late, “when the water was already in the houses.”" <- Farmers / said / Farmers
      """)
  void reportedContinued(String text, String expected) {
    assertEquals(expected, quotes(text));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a finding verb whose subject is no source, a supporter who states nothing
      Labour ruled out a deal on Monday.                        |
      # a relative clause's speaker parsed as the subject, its noun the sentence's root: the main verb went into the clause, its end unclear
      The bridge that the council said had cracked reopened on Tuesday.             |
      # a participle of saying after "by" whose noun is its object, with no finite verb after it
      He closed the concert by saying thanks to the band.                          |
      The nurse calmed the children by telling tales about her village.            |
      The mayor won votes by promising families cheaper buses.                     |
      The exhibition shows paintings from the 1920s.           |
      The meeting shows no progress on the budget.             |
      Groups backing the mayor held a rally on Sunday.         |
      The agency warned the Ministry of Finance last week.     |
      # the writer's perception and an unsourced expectation are no one's statement
      The storm seems to have weakened overnight.              |
      The bridge is expected to reopen in May.                 |
      # an as-clause with no cue and no source
      The council approved the budget, as expected.            |
      # a free relative "what" is no content
      The senator liked the book for what it says about the town. |
      # a wish is no statement
      The mayor wants a new bridge over the river.             |
      # "find it hard" and "found himself" are no findings
      Most farmers would find it hard to pay the new tax.      |
      Soon the mayor found himself in a bitter fight with the council. |
      # "attacked" a place or a thing is force, not words
      Gunmen attacked the northern town of Bama, killing 12 people.                 |
      # "added up to", "called off": a cue verb with a particle that says nothing
      The repairs added up to 12 days of work and about 40,000 dollars.            |
      The union called off the strike on Friday.                                    |
      # "continue" reports only the quotation beside it, never a clause of its own
      But as people continue to cross the border, the city is planning to open two more shelters. |
      Senator Ana Ruiz is introducing a bill to impose new fees on ferries, as Republicans continue to press for cuts. |
      It is this version of the mayor that has drawn voters to his corner, even as his campaign continues. |
      # a verb that gives a figure says nothing when its object is no toll
      The unions put pressure on the council and gave a speech in the square.      |
      The flood raised the river to its highest level in decades.                  |
      # "rule" a country is no ruling
      The party has ruled the region since 2007.                                   |
      # "all told" counts, it reports no one's words
      All told, nine ships were lost in the storm.             |
      # a statement noun with no possessor names no source
      The call for a curfew divided the council.               |
      # support is a stance, not a statement, unless a verb of taking sides states it
      The governor's support for the new tax angered his party. |
      # a poll after its clause is the writer's summary; a poll inside a noun phrase sources nothing
      The mayor is leading in the polls.                       |
      Her lead in the poll surprised the campaign.             |
      # "according to" with a bare noun is no source
      The vote went ahead according to plan.                   |
      # a verb tagged inside a run of names is no cue ("Super Tuesday states")
      The campaign bought ads in four Super Tuesday states last week.                     |
      # a participle between a number and its noun is no cue of the number
      Her lead grew to more than 200 pledged delegates.                                   |
      # a reflexive or an amount of talk is no content
      The minister found herself in a difficult position.                                 |
      The senator said little about the budget.                                           |
      # "according to" whose clause the parser took from a relative clause on the source
      Prices rose in May, according to figures she gave to the council.                   |
      # a relative clause between subject and verb with no cue
      The committee, which met on Monday, approved the budget. |
      # a cue whose subject is only implied by the sentence before (this once failed the document)
      Senator Ada Park thanked the crowd. And said the fight would go on. |
      # a past participle that names the noun it follows is no cue
      Harbour Lights, otherwise known as Mara Quinn, became a famous blog about ferries. |
      # a verb of the mind as a participle with no "have" and no "by" states what is commonly held, no one's belief
      The old quarry, known to hikers as the Bowl, has been closed since spring.  |
      The late painter Ivo Brandt, a well-known critic of the museum, died on Friday at 90. |
      The tram maker, best known for its red carriages, is expected to cut jobs. |
      # an indefinite "anything" is no source
      He was unaware of anything to suggest the vote would be delayed. |
      # "call" with an object and nothing said of it names, phones or convenes: no statement
      She joined a protest group called the Green Circle.                    |
      Ruiz called the mayor last week to ask about the permit.               |
      The new rules have called more attention to the agency.                |
      The council called a referendum on the tax for June.                   |
      # a passive "asked" with no asker named, or modifying a noun, has no source
      Asked about the vote, Ruiz smiled.                                     |
      The questions asked by the moderators were unfair.                     |
      # "add" with an object adds things, it says nothing: only its clause is a statement
      The recall could add thousands of appointments to waiting lists.       |
      The firm added 300 jobs in March.                                      |
      # a participle cue after a main verb tagged as a past form is no report of the sentence's opening noun
      The case grew out of an investigation launched in March 2022, known as Operation “Blue Card” (Red Card), which examined contracts signed with four marketing companies over nearly a decade. |
      # a preposition of a cue's frame before a date is no frame ("called … on Monday")
      The union called all the members on Monday.                            |
      # "show" with a person or a body for subject displays its object, it reports nothing
      He showed the letter to reporters on Monday.                                        | ~~
      The court showed no mercy to the smugglers.                                         | ~~
      # "find" with a person or human remains for object finds them, it reports nothing
      Police found the body of a man in the river on Sunday.                              | ~~
      # … and a true passive in "'s" has no source
      It's said the ferry would stay open.                                                | ~~
      Ana Ruiz found her sister alive in a shelter in Bago.                               | ~~
      # a cue with a phrase of its preposition, negated: what no one said
      The firm has not commented on the fish deaths.                                      | ~~
      The mayor never called for his resignation.                                         | ~~
      # a verb of declaring with an object that names the act it performs says nothing
      Governor Ana Ruiz declared a state of emergency in Lake County on Friday.          | ~~
      The board declared Ivo Brandt the winner after the recount.                        | ~~
      The president announced three days of national mourning.                          | ~~
      # … never one who hears a sound or hears of something
      Residents heard gunfire on Monday night.                                          | ~~
      I heard that he had left the party.                                               | ~~
      """)
  void noStatement(String text, String expected) {
    assertEquals("", quotes(text));
  }

  private static String quotes(String text) {
    return QuoteRows.of(text);
  }
}
