package io.newsclaims.extract.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsclaims.model.AttributedSpan;
import io.newsclaims.model.Attribution;
import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.model.Context;
import io.newsclaims.model.DocumentResult;
import io.newsclaims.model.InputDocument;
import io.newsclaims.model.Span;
import io.newsclaims.model.TextRef;
import io.newsclaims.pipeline.Document;
import io.newsclaims.pipeline.Stage;
import io.newsclaims.pipeline.StageException;
import io.newsclaims.testing.Shared;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The numeric figures as a specification: one literal sentence in, its casualty, count, money,
 * percent and quantity claims out, each as {@code [start,end) type category-or-unit qualifier
 * value low..high 'text'}, several claims joined by {@code ; }, nothing for a trap.
 */
class FigureExtractorTest {
  private static final Set<String> NUMERIC =
      Set.of(ClaimType.CASUALTY, ClaimType.COUNT, ClaimType.MONEY, ClaimType.PERCENT, ClaimType.QUANTITY);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", textBlock = """
      # --- casualty: every category and shape
      The death toll rose to 45 on Monday.                          | [23,25) casualty killed exact 45 '45'
      Three soldiers were wounded in the attack.                    | [0,14) casualty injured exact 3 'Three soldiers'
      About 1.2 million people have been displaced since October.   | [0,24) casualty displaced about 1200000 'About 1.2 million people'
      Two journalists were arrested in Cairo.                       | [0,15) casualty arrested exact 2 'Two journalists'
      The explosion struck a market, killing 12.                    | [39,41) casualty killed exact 12 '12'
      The blast left 12 dead and 30 injured.                        | [15,22) casualty killed exact 12 '12 dead'; [27,29) casualty injured exact 30 '30'
      12 dead in bus crash.                                         | [0,7) casualty killed exact 12 '12 dead'
      12 killed in Kabul blast.                                     | [0,2) casualty killed exact 12 '12'
      Hamas took about 250 captives during the raid.                | [11,29) casualty captive about 250 'about 250 captives'
      Dozens of people are still being held in Gaza.                | [0,16) casualty captive vague null 24..99 'Dozens of people'
      At least 34,535 people have been killed in the Gaza Strip.    | [0,22) casualty killed at_least 34535 'At least 34,535 people'
      More than a dozen people are missing after the flood.         | [0,24) casualty missing more_than 12 'More than a dozen people'
      Up to 300 people were detained overnight.                     | [0,16) casualty arrested up_to 300 'Up to 300 people'
      As many as 40 were detained.                                  | [0,13) casualty arrested up_to 40 'As many as 40'
      Some 200 people have died since the floods began.             | [0,15) casualty killed about 200 'Some 200 people'
      Fewer than 50 people were hurt.                               | [0,20) casualty injured less_than 50 'Fewer than 50 people'
      Nearly 500 people were killed in the fighting.                | [0,17) casualty killed about 500 'Nearly 500 people'
      The 12 victims were named by police.                          | [4,14) casualty affected exact 12 '12 victims'
      The earthquake killed 2,000 people and injured 5,000 others.  | [22,34) casualty killed exact 2000 '2,000 people'; [47,59) casualty injured exact 5000 '5,000 others'
      Gunmen kidnapped 17 schoolgirls in northern Nigeria.          | [17,31) casualty captive exact 17 '17 schoolgirls'
      Twenty people were taken hostage.                             | [0,13) casualty captive exact 20 'Twenty people'
      Four people are feared dead.                                  | [0,11) casualty killed exact 4 'Four people'
      Seven people died in the crash.                               | [0,12) casualty killed exact 7 'Seven people'
      Twenty-eight people have been arrested.                       | [0,19) casualty arrested exact 28 'Twenty-eight people'
      The fire forced about 3,500 tourists from hotels, campsites and homes. | [16,36) casualty displaced about 3500 'about 3,500 tourists'
      More than 100,000 people have been moved off their land.      | [0,24) casualty displaced more_than 100000 'More than 100,000 people'
      Police moved 30 protesters off the road.                      |
      Two crew members were named as suspects and detained.         | [0,16) casualty arrested exact 2 'Two crew members'
      Thirty migrants drowned off Libya.                            | [0,15) casualty killed exact 30 'Thirty migrants'
      Eight civilians were shot dead.                               | [0,15) casualty killed exact 8 'Eight civilians'
      The leak killed tonnes of fish, sending three workers to hospital. | [40,53) casualty injured exact 3 'three workers'
      The dead were three Swiss men aged 44, 51 and 58.             | [14,29) casualty killed exact 3 'three Swiss men'
      The agency put the number of injured at 60 and said 41 of them were being treated for burns. | [40,42) casualty injured exact 60 '60'; [52,62) casualty injured exact 41 '41 of them'
      UNICEF estimated that nearly 1.9 million of those affected were children and warned of cholera. | [22,58) casualty affected about 1900000 'nearly 1.9 million of those affected'
      "We buried 71 of them in a mass grave," the imam said.       | [11,21) casualty killed exact 71 '71 of them'
      One woman was dug out alive by rescuers and flown to hospital with hypothermia and a broken leg. | [0,9) casualty injured exact 1 'One woman'
      Twelve climbers were treated for hypothermia.                 | [0,15) casualty affected exact 12 'Twelve climbers'
      The mayor said 120 residents of the block had been moved to hotels. | [15,28) casualty displaced exact 120 '120 residents'
      At least 25 journalists remained in jail.                     | [0,23) casualty arrested at_least 25 'At least 25 journalists'
      At least seven journalists were behind bars.                  | [0,26) casualty arrested at_least 7 'At least seven journalists'
      Twenty people were at the bars.                               |
      Hundreds of fans in bars across the city cheered.             |
      Twenty people in bars were hurt.                              | [0,13) casualty injured exact 20 'Twenty people'
      Up to 1,200 residents had left and were staying with relatives, he said. | [0,21) casualty displaced up_to 1200 'Up to 1,200 residents'
      About 3,000 people are staying with host families.            | [0,18) casualty displaced about 3000 'About 3,000 people'
      The 20 students are staying with friends in Paris for the summer. |
      He spent 12 years in prison before three men were freed.      | [35,44) casualty captive exact 3 'three men'
      About 150,000 people had left their villages in search of water. | [0,20) casualty displaced about 150000 'About 150,000 people'
      Two players left their clubs in May.                          |
      More than 600,000 children were acutely malnourished.         | [0,26) casualty affected more_than 600000 'More than 600,000 children'
      UNICEF said nearly 1.9 million of those affected were children. | [12,48) casualty affected about 1900000 'nearly 1.9 million of those affected'
      The deaths bring the number of people killed in avalanches in Switzerland since October to 19. | [91,93) casualty killed exact 19 '19'
      Two men were shot in the city centre.                         | [0,7) casualty injured exact 2 'Two men'
      The golfer shot a 68 on Sunday and the crew shot 40 scenes.   |
      Three people were shot and killed near the border.            | [0,12) casualty killed exact 3 'Three people'
      Gunmen kidnapped and murdered two aid workers.                | [30,45) casualty killed exact 2 'two aid workers'
      Twelve fans were crushed to death in the stampede.            | [0,11) casualty killed exact 12 'Twelve fans'
      Five climbers froze to death on the ridge.                    | [0,13) casualty killed exact 5 'Five climbers'
      Police beat two protesters to death.                          | [12,26) casualty killed exact 2 'two protesters'
      # people who needed or received treatment are injured, unless treated for an illness
      Twelve people needed hospital treatment after the crash.      | [0,13) casualty injured exact 12 'Twelve people'
      Three officers received treatment for smoke inhalation.       | [0,14) casualty injured exact 3 'Three officers'
      About 300 patients received treatment for cholera.            |
      # in a story of a disease its cases need no name ("fever" a disease word); cases that proved fatal are deaths
      Yellow fever is spreading. The institute has confirmed 117 cases this year, 48 of them fatal. | [55,64) casualty affected exact 117 '117 cases'; [76,86) casualty killed exact 48 '48 of them'
      The court has heard 12 cases this year.                       |
      # whom armed men who are no authority detain they hold captive; carriers are counted, not aircraft carriers
      Eight staff members are still detained by the rebels.         | [0,19) casualty captive exact 8 'Eight staff members'
      The minister spoke to the two other major carriers.           | [26,50) count carrier exact 2 'two other major carriers'
      # bidders, telcos and record labels are firms a business story counts; labels "of" something are things
      Only four registered bidders took part in the auction.        | [5,28) count bidder exact 4 'four registered bidders'
      Seven major telcos have signed up to the service.             | [0,18) count telco exact 7 'Seven major telcos'
      The band turned down 40 record labels.                        | [21,37) count label exact 40 '40 record labels'
      The shop sold two labels of wine.                             |
      # a singular noun after a number above one is a modifier of the counted plural, not the counted noun
      Hackers hit at least four power and water utilities.          | [12,51) count utility at_least 4 'at least four power and water utilities'
      # confederations of unions and a state's partners are actors; a partner counts only with a modifier
      Two other confederations criticised the decision.             | [0,24) count confederation exact 2 'Two other confederations'
      Eleven international partners pledged support.                | [0,29) count partner exact 11 'Eleven international partners'
      The firm has two partners.                                    |
      The navy sent two aircraft carriers to the gulf.              |
      # patients newly admitted to hospital are casualties; people never found are missing
      At least 37 patients had been admitted to hospital overnight. | [0,20) casualty injured at_least 37 'At least 37 patients'
      About 200 patients were moved to other hospitals.             |
      Dozens of others were never found.                            | [0,16) casualty missing vague null 24..99 'Dozens of others'
      Three boats were never found.                                 |
      # the people rescuers search for are missing; not those the police want, nor staff a firm is looking for
      Search teams were still looking for two villagers.            | [36,49) casualty missing exact 2 'two villagers'
      Police are looking for two men who robbed a bank.             |
      The firm is looking for 200 workers.                          |
      Police reported three fatal accidents on the motorway.        |
      The two players were bored to death by the match.             |
      Since 2010, 25 inmates have taken their own lives in the prison. | [12,22) casualty killed exact 25 '25 inmates'
      Two drivers took their own cars.                              |
      The army arrested 120 protesters.                             | [18,32) casualty arrested exact 120 '120 protesters'
      The attack caused 300 casualties.                             | [18,32) casualty affected exact 300 '300 casualties'
      At least 12 people, including three children, were killed.   | [0,18) casualty killed at_least 12 'At least 12 people'; [30,44) casualty killed exact 3 'three children'
      Four miners were hospitalised with burns.                     | [0,11) casualty injured exact 4 'Four miners'
      Three firefighters were hospitalised with burns.              | [0,18) casualty injured exact 3 'Three firefighters'
      The flood forced the evacuation of some 3,000 residents.      | [35,55) casualty displaced about 3000 'some 3,000 residents'
      The morgue received 17 bodies overnight.                      | [20,29) casualty killed exact 17 '17 bodies'
      The raid killed a senior commander and at least six other fighters.| [39,66) casualty killed at_least 6 'at least six other fighters'
      Nine people were in critical condition.                       | [0,11) casualty injured exact 9 'Nine people'
      Nine of them were in critical condition.                      | [0,12) casualty injured exact 9 'Nine of them'
      Two of the soldiers were wounded.                             | [0,19) casualty injured exact 2 'Two of the soldiers'
      The fighting has forced 10,000 residents to flee.             | [24,40) casualty displaced exact 10000 '10,000 residents'
      Troops killed 12 soldiers and three civilians.                | [14,25) casualty killed exact 12 '12 soldiers'; [30,45) casualty killed exact 3 'three civilians'
      The number of dead has risen to 45.                           | [32,34) casualty killed exact 45 '45'
      The death toll is 45.                                         | [18,20) casualty killed exact 45 '45'
      The official death toll of 1,200 has been revised.            | [27,32) casualty killed exact 1200 '1,200'
      500 or more people were arrested.                             | [0,18) casualty arrested at_least 500 '500 or more people'
      A million people fled the city.                               | [0,16) casualty displaced exact 1000000 'A million people'
      Some 4,000 villagers were relocated to make way for the reservoir. | [0,20) casualty displaced about 4000 'Some 4,000 villagers'
      The bank relocated 300 jobs to its northern office.           |
      The firm relocated 200 staff to its new offices in Leeds.     |
      The war has displaced nearly 1.7 million Palestinians.        | [22,53) casualty displaced about 1700000 'nearly 1.7 million Palestinians'
      More than 60 people were killed.                              | [0,19) casualty killed more_than 60 'More than 60 people'
      Hamas is holding 120 hostages.                                | [17,29) casualty captive exact 120 '120 hostages'
      The attack wounded at least four.                             | [19,32) casualty injured at_least 4 'at least four'
      # a harm participle right after the counted noun, however the parser attaches it
      Relatives of the 49 people killed on Thursday met the president. | [17,26) casualty killed exact 49 '49 people'
      # a harm adjective or participle standing as the noun
      Twenty-three of the 53 wounded remained in hospital.          | [20,30) casualty injured exact 53 '53 wounded'
      A silence was held for the estimated 150,000 dead.            | [27,49) casualty killed about 150000 'estimated 150,000 dead'
      Two dead, 16 injured in nightclub shooting.                   | [0,8) casualty killed exact 2 'Two dead'; [10,20) casualty injured exact 16 '16 injured'
      # a counted noun past another number belongs to that number, not to this one
      16 INJURED IN FLORIDA NIGHTCLUB SHOOTING Three people have been detained. | [0,10) casualty injured exact 16 '16 INJURED'
      # the verb left out before the second amount
      The assaults killed 130 in Paris and 32 in Brussels.          | [20,23) casualty killed exact 130 '130'; [37,39) casualty killed exact 32 '32'
      Twelve died in Homs and three in Hama.                        | [0,6) casualty killed exact 12 'Twelve'; [24,29) casualty killed exact 3 'three'
      The floods killed 30 people in May and 12 in June.            | [18,27) casualty killed exact 30 '30 people'; [39,41) casualty killed exact 12 '12'
      The army killed 30 fighters in the north and captured 12 towns. | [16,27) casualty killed exact 30 '30 fighters'
      The storm hit the coast, with at least 230 people killed.     | [30,49) casualty killed at_least 230 'at least 230 people'
      The 40 people invited to the dinner arrived late.             |
      Two of the men arrested the suspect.                          |
      Ten doctors were flown in for the injuries.                   |
      You will be the one imprisoned without trial.                 |
      # a raising verb before a passive harm; a harm participle before the noun
      More than 100,000 people are believed to have been killed in the region. | [0,24) casualty killed more_than 100000 'More than 100,000 people'
      The war left 1 million internally displaced persons.          | [13,51) casualty displaced exact 1000000 '1 million internally displaced persons'
      # a sum of harmed people that rises to the amount, however it is parsed
      The number of people killed in the floods has risen to 45.    | [55,57) casualty killed exact 45 '45'
      The number of people injured rose to 30.                      | [37,39) casualty injured exact 30 '30'
      The number of people employed has risen to 45.                |
      The company hired 20 people and fired 3 managers.             |
      # an amount the harmed people of a harm verb include; that verb outranks a harm noun
      At least 300 civilians have been killed this year, including 45 children. | [0,22) casualty killed at_least 300 'At least 300 civilians'; [61,72) casualty killed exact 45 '45 children'
      The helicopter crashed, killing all 12 people on board, including four prisoners. | [36,45) casualty killed exact 12 '12 people'; [66,80) casualty killed exact 4 'four prisoners'
      Twelve people died on Monday, including three children.       | [0,13) casualty killed exact 12 'Twelve people'; [40,54) casualty killed exact 3 'three children'
      The club signed 20 players, including three defenders.        |
      The bus overturned on a mountain road, killing all 30 passengers, including eight prisoners, police said. | [51,64) casualty killed exact 30 '30 passengers'; [76,91) casualty killed exact 8 'eight prisoners'
      # a verb that sets a harm noun to the amount; a sum of people forced to flee at a record level
      Local officials put the death toll at 35 on Friday.           | [38,40) casualty killed exact 35 '35'
      The latest strike raised the toll to 62.                      | [37,39) casualty killed exact 62 '62'
      Rescuers said the collapse took the number of dead to 50.     | [54,56) casualty killed exact 50 '50'
      The bank put the cost at 40.                                  |
      The number of people forced to flee has risen to a record 90 million. | [58,68) casualty displaced exact 90000000 '90 million'
      The number of people forced to work has risen to a record 9 million. |
      The number of people forced to flee war and hunger across the world has risen to 90 million, the agency said. | [81,91) casualty displaced exact 90000000 '90 million'
      Some 2,000 families forced to flee the fighting are sheltering in schools. | [0,19) casualty displaced about 2000 'Some 2,000 families'
      # people driven from their homes; a harm participle on a bare amount; a qualifier the parser takes for a preposition
      The fighting has forced nearly 2 million people from their homes. | [24,47) casualty displaced about 2000000 'nearly 2 million people'
      The war has killed thousands and driven about 300,000 from their homes. | [19,28) casualty killed vague null 2000..9999 'thousands'; [40,53) casualty displaced about 300000 'about 300,000'
      Some 40,000 residents were forced out of their homes by the floods. | [0,21) casualty displaced about 40000 'Some 40,000 residents'
      More than 5,000 people have been displaced this week, adding to some 1.5 million already uprooted by the conflict. | [0,22) casualty displaced more_than 5000 'More than 5,000 people'; [64,80) casualty displaced about 1500000 'some 1.5 million'
      The company moved 200 staff from its home in Leeds.           |
      The storm damaged 300 homes.                                  |
      The team collected 20 points from home this season.           |
      Officials worked from home for 30 days.                       |
      # a harm reported of the amount in a relative clause; a harm joined to the predicate
      Some 80 are still held, including 31 that the army says are dead. | [0,7) casualty captive about 80 'Some 80'; [34,36) casualty killed exact 31 '31'
      Of the 200 passengers, 15 who officials believe were killed have not been named. | [23,25) casualty killed exact 15 '15'
      More than 20 of them were seriously ill or wounded, the agency said. | [0,20) casualty injured more_than 20 'More than 20 of them'
      Five of the guests were tired or hungry.                      |
      Two of the men were angry and missing.                        | [0,14) casualty missing exact 2 'Two of the men'
      The 12 people who the police say are innocent went home.      |
      # a result word the parser made the head of the counted people
      The pirates boarded the tanker and took its 19 crew members hostage. | [44,59) casualty captive exact 19 '19 crew members'
      Gunmen took 12 villagers hostage on Sunday.                   | [12,24) casualty captive exact 12 '12 villagers'
      The ministry hired two hostage negotiators.                   |
      # held in custody: arrested (captive when an adjective names a state holding them), after "in" or "into" and held by no person or kin
      Officials said hundreds more remain in Russian custody.       | [15,23) casualty captive vague null 200..999 'hundreds'
      Forty soldiers are in Russian custody, Kyiv said.             | [0,14) casualty captive exact 40 'Forty soldiers'
      Twelve men are in custody after the raid.                     | [0,10) casualty arrested exact 12 'Twelve men'
      About 40 protesters were taken into custody on Friday.        | [0,19) casualty arrested about 40 'About 40 protesters'
      Of those held, 12 were still in custody on Sunday, police said.| [15,17) casualty arrested exact 12 '12'
      Twenty men were released from custody on Monday.              |
      The court heard that two boys remain in the custody of their mother. |
      Three children were left in their father's custody.           |
      # lost kin: killed, only for kin nouns
      She said she had lost her husband and two of her sons in the strike. | [38,53) casualty killed exact 2 'two of her sons'
      The family lost three children in the fire.                   | [16,30) casualty killed exact 3 'three children'
      The team lost three games in a row.                           |
      Labour lost two members and 300 jobs went.                    |
      The father lost custody of two children.                      |
      She lost touch with her four children.                        |
      # remains count the dead only as what a finder verb finds
      Rescuers pulled three bodies from the rubble of the hotel.    | [16,28) casualty killed exact 3 'three bodies'
      The bodies of 12 migrants were recovered on Sunday.           | [14,25) casualty killed exact 12 '12 migrants'
      Two bodies were found in the river.                           | [0,10) casualty killed exact 2 'Two bodies'
      The two bodies will merge next year.                          | [4,14) count body exact 2 'two bodies'
      # a number after a preposition is a phrase of its own, no name of the noun before it; nor the second number of a ratio when it is the smaller
      The drive will reach children aged six months to 14 years in eight of the country's 15 departments. | [61,83) count department exact 8 'eight of the country's'; [84,98) count department exact 15 '15 departments'
      The drive will reach children under 14 in eight of the country's 15 departments. | [42,64) count department exact 8 'eight of the country's'; [65,79) count department exact 15 '15 departments'
      # a place of custody right after the people, whatever noun the parser hung it on; not a place with a determiner
      The families of the seven men still in captivity met on Monday. | [20,29) casualty captive exact 7 'seven men'
      Twelve people in the prison were hurt.                        | [0,13) casualty injured exact 12 'Twelve people'
      Police said 12 bodies had been taken to the mortuary.         | [12,21) casualty killed exact 12 '12 bodies'
      He said nine bodies had been taken to the mortuary of the hospital and 47 people were being treated for injuries. | [8,19) casualty killed exact 9 'nine bodies'; [71,80) casualty injured exact 47 '47 people'
      The governing bodies of 12 countries met in Geneva.           | [24,36) count country exact 12 '12 countries'
      # a number the parser hangs on the owners of a body counts the bodies; a body's branches are actors, chains are not (supply chains, human chains)
      Four fishermen's associations blocked the port.               | [0,29) count association exact 4 'Four fishermen's associations'
      The union said its 34 regional affiliates backed the strike.  | [19,41) count affiliate exact 34 '34 regional affiliates'
      Protesters formed two human chains around the parliament.     |
      The review found two bodies responsible for the failure.      | [17,27) count body exact 2 'two bodies'
      Information is held by about 100,000 public bodies.           | [23,50) count body about 100000 'about 100,000 public bodies'
      Police recovered 20 stolen cars.                              |
      # parser slips: an object hung on the adverb after it; a passive harm verb cut from its subject by an insertion
      Air strikes killed at least 12 people and wounded about 40 early on Sunday, the ministry said. | [19,37) casualty killed at_least 12 'at least 12 people'; [50,58) casualty injured about 40 'about 40'
      State media said all six people on board, including Interior Minister Ahmad Karimi, were killed when the helicopter came down. | [21,31) casualty killed exact 6 'six people'
      The firm said all 300 staff, including chief executive John Smith, were told on Monday. |
      The ministry reported three deaths early on Monday.           | [22,34) casualty killed exact 3 'three deaths'
      # people trapped: missing (unaccounted for until reached), only people
      He said up to four people could still be trapped under the rubble. | [8,25) casualty missing up_to 4 'up to four people'
      The landslide trapped 30 miners underground.                  | [22,31) casualty missing exact 30 '30 miners'
      The snow trapped 300 cars on the motorway.                    |
      # harm words of wire news: unaccounted for, martyrs, arrests as a noun, infected, shelters
      Five people are unaccounted for after the landslide.          | [0,11) casualty missing exact 5 'Five people'
      Four climbers remain unaccounted for on the ridge.            | [0,13) casualty missing exact 4 'Four climbers'
      Three barges remain unaccounted for after the gale.           |
      About 3,000 villagers were told to leave their homes by noon.  | [0,21) casualty displaced about 3000 'About 3,000 villagers'
      The flood forced 800 families to abandon their homes.         | [17,29) casualty displaced exact 800 '800 families'
      The bank told 40 clients to leave their accounts open.        |
      Two of the climbers were in hospital with frostbite.          | [0,19) casualty injured exact 2 'Two of the climbers'
      Residents of three streets nearest the depot, about 150 people, were evacuated. | [46,62) casualty displaced about 150 'about 150 people'
      Officials said 85 suspected cases were logged this week.      | [15,33) casualty affected exact 85 '85 suspected cases'
      Police opened 30 suspected cases of fraud last year.          |
      Workers at the mill, some 90 people, were evacuated.          | [21,35) casualty displaced about 90 'some 90 people'
      The group mourned 12 martyrs on Friday.                       | [18,28) casualty killed exact 12 '12 martyrs'
      He became one of the town's famous martyrs.                   |
      Four paramedics had been martyred in the strike.              | [0,15) casualty killed exact 4 'Four paramedics'
      Police reported 80 arrests after the march.                   | [16,26) casualty arrested exact 80 '80 arrests'
      The virus has infected more than 600 in the camp.             | [23,36) casualty affected more_than 600 'more than 600'
      The hackers infected 300 computers.                           |
      Another 3,000 are sleeping in emergency shelters.             | [8,13) casualty displaced exact 3000 '3,000'
      The charity built 250 shelters.                               |
      # remains outrank the people they were; remains brought in are found
      Troops recovered the bodies of three hostages.                | [31,45) casualty killed exact 3 'three hostages'
      The bodies of nine miners were brought to the surface.        | [14,25) casualty killed exact 9 'nine miners'
      # a level that goes past the amount: more than
      The number of people killed has passed 2,000.                 | [39,44) casualty killed more_than 2000 '2,000'
      # a harm participle the parser made the number's noun, joined to another harm verb, is the number's own harm
      Two men were killed and at least 14 injured on Sunday when supporters of rival candidates clashed outside a school, the ministry said. | [0,7) casualty killed exact 2 'Two men'; [24,43) casualty injured at_least 14 'at least 14 injured'
      # remains counted are found; "N more" after a harm verb's object in another place plays that object's role
      Amnesty said its researchers had counted more than 60 bodies.  | [41,60) casualty killed more_than 60 'more than 60 bodies'
      Amnesty International said on Tuesday that its researchers had counted more than 60 bodies, many of them women and children. | [71,90) casualty killed more_than 60 'more than 60 bodies'
      Police detained 23 people over the violence and 41 more across the country for trying to buy votes. | [16,25) casualty arrested exact 23 '23 people'; [48,50) casualty arrested exact 41 '41'
      # in a story of a disease, its cases confirmed by some means and its patients cared for are affected
      Plague has killed 21 people. The institute said it had confirmed 29 cases by culture. | [18,27) casualty killed exact 21 '21 people'; [65,73) casualty affected exact 29 '29 cases'
      Cholera has killed 21 people. Nineteen patients were being treated in an isolation ward. | [19,28) casualty killed exact 21 '21 people'; [30,47) casualty affected exact 19 'Nineteen patients'
      The hospital treated 2,000 patients last year.                |
      # harm clauses the amount is not governed by
      The dead include four firefighters.                           | [17,34) casualty killed exact 4 'four firefighters'
      Six workers who sustained injuries were flown to hospital.    | [0,11) casualty injured exact 6 'Six workers'
      Some 50 are still held, including 12 the navy says are dead.  | [0,7) casualty captive about 50 'Some 50'; [34,36) casualty killed exact 12 '12'
      Shelling went on through Friday, raising the death toll since the start of the siege to 27. | [88,90) casualty killed exact 27 '27'
      Relatives of the 14 sailors taken hostage last year met the minister. | [17,27) casualty captive exact 14 '14 sailors'
      Clinics recorded 900 cases of measles in May.                 | [17,26) casualty affected exact 900 '900 cases'
      Officials confirmed 5 new deaths and 70 new cases.            | [20,32) casualty killed exact 5 '5 new deaths'; [37,49) casualty affected exact 70 '70 new cases'
      The court heard 40 cases of fraud.                            |
      Floods across the region have displaced more than 40,000 people, relief groups say. | [40,63) casualty displaced more_than 40000 'more than 40,000 people'
      The boat capsized near the coast on Sunday, with dozens of migrants still unaccounted for, police said. | [49,67) casualty missing vague null 24..99 'dozens of migrants'
      About 9,000 villagers remain displaced from their farms.      | [0,21) casualty displaced about 9000 'About 9,000 villagers'
      # people brought to or kept in hospital: injured, never its staff or patients
      At least six miners were still in hospital on Monday. | [0,19) casualty injured at_least 6 'At least six miners'
      Nineteen passengers were taken to hospital with burns. | [0,19) casualty injured exact 19 'Nineteen passengers'
      Two teenagers were rushed to the hospital after the crash. | [0,13) casualty injured exact 2 'Two teenagers'
      About 200 doctors work in hospital.                           |
      Nurses took 12 visitors to hospital.                          |
      Three patients remain in hospital.                            |
      # a part of the harmed, named by the harm word after "of the", before "were" or fronted
      At least 30 of the wounded were flown to the capital.         | [0,26) casualty injured at_least 30 'At least 30 of the wounded'
      Among the dead were four firefighters.                        | [20,37) casualty killed exact 4 'four firefighters'
      Of the wounded, nine remained in serious condition.           | [16,20) casualty injured exact 9 'nine'
      Three of the buildings were badly damaged.                    |
      # people treated for a harm are injured, whatever their work
      Five miners were treated for burns and smoke inhalation.      | [0,11) casualty injured exact 5 'Five miners'
      One guard was treated at the scene for minor injuries.        | [0,9) casualty injured exact 1 'One guard'
      Two nurses were treated as heroes by the town.                |
      # people treated for or admitted with an illness: affected, in either voice; moved to camps: displaced
      Clinics treated 140 patients for heat exhaustion over the weekend. | [16,28) casualty affected exact 140 '140 patients'
      Some 80 patients were treated for dehydration at the field hospital. | [0,16) casualty affected about 80 'Some 80 patients'
      Hospitals admitted more than 600 people with respiratory illnesses. | [19,39) casualty affected more_than 600 'more than 600 people'
      Nurses admitted 30 climbers with burns overnight.             | [16,27) casualty injured exact 30 '30 climbers'
      The charity treated 300 dogs for dehydration.                 |
      The school admitted 200 pupils with special needs.            |
      The measles ward has treated more than 500 patients since May. | [29,51) casualty affected more_than 500 'more than 500 patients'
      Two typhoid clinics admitted 90 patients last week.           | [29,40) casualty affected exact 90 '90 patients'
      The new ward has treated more than 500 patients since May.    |
      Hundreds of families have been moved to relief camps in the valley. | [0,20) casualty displaced vague null 200..999 'Hundreds of families'
      Some 40 children were taken to a summer camp on Monday.       |
      Twenty-six families have been moved to temporary housing.     | [0,19) casualty displaced exact 26 'Twenty-six families'
      About 300 residents were moved into emergency accommodation.  | [0,19) casualty displaced about 300 'About 300 residents'
      The 40 staff moved to new accommodation in May.               |
      # a state of harm joined to the passive whose subject the people are
      Two others were rescued unconscious and were in critical condition. | [0,10) casualty injured exact 2 'Two others'
      The two bridges were built in 1990 and are in poor condition. |
      # a part "of them" with no verb of its own is the whole figure's, whatever its apposition to the whole's noun reads
      At least six refugees, four of them children, were killed in the fire. | [0,21) casualty killed at_least 6 'At least six refugees'; [23,44) casualty killed exact 4 'four of them children'
      At least 40 people were injured, four of them died in hospital. | [0,18) casualty injured at_least 40 'At least 40 people'; [33,45) casualty killed exact 4 'four of them'
      # a reduced relative the tagger read as a past verb before the clause's own "be"
      Seven of the patients brought to the clinic are in critical condition. | [0,21) casualty injured exact 7 'Seven of the patients'
      Some 30 lawyers brought to court a case against the ministry. |
      Officials said about 6,500 residents of the district had been moved to camps. | [15,36) casualty displaced about 6500 'about 6,500 residents'
      # "-ed" read as an adjective right before a number is the clause's verb ("375 infected people" is how an adjective stands)
      The outbreak, in 2014, infected 375 people.                   | [32,42) casualty affected exact 375 '375 people'
      The outbreak, in November 2014, infected 375 people and killed 12. | [41,51) casualty affected exact 375 '375 people'; [63,65) casualty killed exact 12 '12'
      # fates: vanished, fallen ill, lives claimed or lost, remains found, believed to be buried or trapped
      At least 1,000 people have vanished in the region since 2020. | [0,21) casualty missing at_least 1000 'At least 1,000 people'
      More than 90,000 have fallen ill this year.                   | [0,16) casualty affected more_than 90000 'More than 90,000'
      Thousands of jobs have vanished since the plant closed.       |
      The fire claimed 14 lives on Tuesday.                         | [17,25) casualty killed exact 14 '14 lives'
      The flood has claimed the lives of at least 19 people.        | [35,53) casualty killed at_least 19 'at least 19 people'
      Twelve people lost their lives in the accident.               | [0,13) casualty killed exact 12 'Twelve people'
      # "sick of" is weariness; "sick with" an illness
      The 200 workers are sick of broken promises.                  |
      Forty children were sick with fever.                          | [0,14) casualty affected exact 40 'Forty children'
      # manner, finds of the past and camps of another purpose are no harm; a path after a fate keeps it
      The 11 players were ill prepared for the final.               |
      The 20 students were ill-equipped for the exam.               |
      Three teachers had fallen ill themselves, the principal said. | [0,14) casualty affected exact 3 'Three teachers'
      Three fishermen disappeared into the sea after their boat capsized. | [0,15) casualty missing exact 3 'Three fishermen'
      Two hikers disappeared in the mountains last week.            | [0,10) casualty missing exact 2 'Two hikers'
      Three climbers vanished over the weekend.                     | [0,14) casualty missing exact 3 'Three climbers'
      Twelve people who disappeared into police custody have not been seen since.| [0,13) casualty missing exact 12 'Twelve people'
      Researchers unearthed the bodies of 12 people in a Bronze Age tomb.|
      The bodies of 30 soldiers from a medieval battle were discovered by archaeologists.|
      Workers found the centuries-old remains of 40 people under the church.|
      Rescuers recovered the bodies of 12 tourists from the collapsed ancient temple.| [33,44) casualty killed exact 12 '12 tourists'
      Forty athletes were moved to training camps before the games. |
      About 3,000 people were moved to government shelters as the river rose. | [0,18) casualty displaced about 3000 'About 3,000 people'
      Forensic anthropologists found the remains of 12 people in a mass grave near the town. | [46,55) casualty killed exact 12 '12 people'
      The bodies of 20 villagers from the ancient town of Hatra were found in a ditch on Monday. | [14,26) casualty killed exact 20 '20 villagers'
      Some 300 villagers were moved to emergency shelters.          | [0,18) casualty displaced about 300 'Some 300 villagers'
      # a part of people no figure harmed yet; a toll or a result the parser loses; every one is no amount
      Ninety passengers were rescued, and 14 of them were being treated for burns at a clinic.| [36,46) casualty injured exact 14 '14 of them'
      Police said the death toll from a fire that gutted a market in the old town rose to 22 on Friday.| [84,86) casualty killed exact 22 '22'
      The explosion left at least 9 people dead, among them three children, and scores injured.| [19,36) casualty killed at_least 9 'at least 9 people'; [54,68) casualty killed exact 3 'three children'
      We will remember every one of the dead.                       |
      The number of people forced to flee war, drought and hunger across the region has risen to a record 12 million.| [100,110) casualty displaced exact 12000000 '12 million'
      Members of at least four gangs clashed in the prison.         | [11,30) count gang at_least 4 'at least four gangs'
      # a forecast of lives taken, people who see the dead, and those who treat are no casualties
      The cuts will take 300 lives, campaigners claimed.            |
      Three witnesses said dead bodies lay in the street.           |
      More than 300 passengers were reported missing connecting flights after the storm. |
      Five volunteers treated 40 people for heatstroke.             | [24,33) casualty affected exact 40 '40 people'
      Doctors saved 14 lives during the night.                      |
      # sent to hospital; remains that wash ashore; a bare number with a harm clause; "Eleven of them"; "the number of injured"
      The heatwave sent more than 300 people to hospital with heatstroke. | [18,38) casualty affected more_than 300 'more than 300 people'
      The firm sent 40 staff to the conference.                      |
      At least 20 bodies had washed ashore by Monday.               | [0,18) casualty killed at_least 20 'At least 20 bodies'
      Two public bodies washed their hands of the matter.           | [0,17) count body exact 2 'Two public bodies'
      # people that people bury are dead; what a slide or the mud buried may be alive
      We buried 14 people in the hills yesterday.                   | [10,19) casualty killed exact 14 '14 people'
      Relatives buried six children after the attack.               | [17,29) casualty killed exact 6 'six children'
      The mudslide buried 11 people near the river.                 |
      # people living in tents are displaced; firms counted by their trade are actors
      About 3,000 people were living in tents after the storm.      | [0,18) casualty displaced about 3000 'About 3,000 people'
      There are about 40 generic drugmakers in the region.          | [10,37) count drugmaker about 40 'about 40 generic drugmakers'
      The army stored 40 crates in tents near the border.           |
      # a camp with a noun before it is a place; the camps of a dispute are actors
      Officials opened 12 relief camps along the coast.             |
      The party split into two camps over the budget.               | [21,30) count camp exact 2 'two camps'
      Officials counted 30 victims, including five who were hospitalized. | [18,28) casualty affected exact 30 '30 victims'; [40,44) casualty injured exact 5 'five'
      Eleven of them were treated for burns.                        | [0,14) casualty injured exact 11 'Eleven of them'
      The governor put the number of injured at about 30.           | [42,50) casualty injured about 30 'about 30'
      The judges ruled the detention of nine students unlawful.    | [34,47) casualty arrested exact 9 'nine students'
      The charity runs 12 detention centres.                       |
      Divers brought up nine sailors, four of them with severe burns. | [32,44) casualty injured exact 4 'four of them'
      Nine of the guests arrived with broken umbrellas.             |
      Among the wounded were 20 guards, one of them in serious condition. | [23,32) casualty injured exact 20 '20 guards'
      Volunteers found the remains of at least eleven people in a field. | [32,54) casualty killed at_least 11 'at least eleven people'
      The remains of 40 horses were found in a cave.                |
      Rescuers were searching for at least five people believed to be trapped under the debris. | [28,48) casualty missing at_least 5 'at least five people'
      Divers were looking for four fishermen thought to be buried under the mud. | [24,38) casualty missing exact 4 'four fishermen'
      Twelve people were believed to be inside the building.        |
      Two men were buried in the village cemetery on Sunday.        |
      # suffering an ailment; "among those killed"; "the dead included" with a participle the parser takes for a verb
      Four workers suffered burns in the explosion.                 | [0,12) casualty injured exact 4 'Four workers'
      Millions of people suffer chronic illnesses.                  |
      Three foreign nationals were among those killed.              | [0,23) casualty killed exact 3 'Three foreign nationals'
      Seven policemen were among 12 people killed in the ambush.    | [0,15) casualty killed exact 7 'Seven policemen'; [27,36) casualty killed exact 12 '12 people'
      Two nurses are among the victims.                             | [0,10) casualty affected exact 2 'Two nurses'
      Two firms were among 40 companies fined by the regulator.     | [0,9) count firm exact 2 'Two firms'; [21,33) count company exact 40 '40 companies'
      Four tourists were among those who visited the site.          |
      The union said the dead included two electricians hired through a contractor in March. | [33,49) casualty killed exact 2 'two electricians'
      # made or fallen sick; a harm participle the tagger takes for an adjective; a fate reported after "were"; "more" before the harm word
      The virus has killed 64 people and sickened more than 900.    | [21,30) casualty killed exact 64 '64 people'; [44,57) casualty affected more_than 900 'more than 900'
      Sixty people fell sick after the wedding meal.                | [0,12) casualty affected exact 60 'Sixty people'
      Eleven miners were rescued alive, and four remain trapped.    | [38,42) casualty missing exact 4 'four'
      A further 17 people were reported killed overnight.           | [10,19) casualty killed exact 17 '17 people'
      The death toll climbed to 112, with 300 more injured.         | [26,29) casualty killed exact 112 '112'; [36,52) casualty injured exact 300 '300 more injured'
      The firm hired 300 more staff.                                |
      # a sum standing for its people; a passive verb cut from its subject, which the parser joined to an object
      A total of 48 people died in the heatwave, officials said.    | [11,20) casualty killed exact 48 '48 people'
      A total of 48 people attended the funeral.                    |
      Police detained about 60 demonstrators and hundreds of families were evacuated. | [16,38) casualty arrested about 60 'about 60 demonstrators'; [43,63) casualty displaced vague null 200..999 'hundreds of families'
      Police said six people were arrested for blocking a road and one officer was treated for minor injuries. | [12,22) casualty arrested exact 6 'six people'; [61,72) casualty injured exact 1 'one officer'
      Police closed the road and two lanes were reopened later.     |
      # people facing a deprivation; a harm verb's object named by a description
      The agency said about 300,000 people were facing severe levels of hunger. | [16,36) casualty affected about 300000 'about 300,000 people'
      Two million people face famine this winter. | [0,18) casualty affected exact 2000000 'Two million people'
      About 500 people faced questions from the panel.              |
      The army said its troops had killed what it described as 14 gunmen. | [57,66) casualty killed exact 14 '14 gunmen'
      The report praised what it described as 14 heroes.            |
      # an amount naming part or the rest of a casualty figure before it
      Syria's health ministry said on Tuesday that Turkish strikes since Monday had killed 58 people, including 15 children and 9 women, and wounded more than 180, the worst toll in years. | [85,94) casualty killed exact 58 '58 people'; [106,117) casualty killed exact 15 '15 children'; [122,129) casualty killed exact 9 '9 women'; [143,156) casualty injured more_than 180 'more than 180'
      Gunfire killed at least 20 people in the market, witnesses said, among them three boys. | [15,33) casualty killed at_least 20 'at least 20 people'; [76,86) casualty killed exact 3 'three boys'
      More than 2 million people have been displaced, about 500,000 of them in the north. | [0,26) casualty displaced more_than 2000000 'More than 2 million people'; [48,69) casualty displaced about 500000 'about 500,000 of them'
      A shell killed eight members of one family, doctors said, among them two girls. | [15,28) casualty killed exact 8 'eight members'; [69,78) casualty killed exact 2 'two girls'
      Four guards were killed at the gate and two others inside the prison. | [0,11) casualty killed exact 4 'Four guards'; [40,50) casualty killed exact 2 'two others'
      Four guards were killed at the gate and two others escaped. | [0,11) casualty killed exact 4 'Four guards'
      Of the 60 workers abducted in March, 41 remain in the forest. | [7,17) casualty captive exact 60 '60 workers'; [37,39) casualty captive exact 41 '41'
      Of the 60 workers hired in March, 41 remain in the company.   |
      # half of a scale word
      Nearly half a million people have fled the region. | [0,28) casualty displaced about 500000 'Nearly half a million people'
      """)
  void figures(String sentence, String expected) {
    assertEquals(expected == null ? "" : expected, compact(Shared.claims(sentence, "2024-05-06")), sentence);
  }

  /** The same specification, continued: one text block holds at most 64 KB. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", textBlock = """
      # --- ranges and vague amounts carry bounds, no value
      Between 10 and 15 people were injured.                        | [0,24) casualty injured range null 10..15 'Between 10 and 15 people'
      Two or three people were hurt.                                | [0,19) casualty injured range null 2..3 'Two or three people'
      10-15 people were hurt.                                       | [0,12) casualty injured range null 10..15 '10-15 people'
      Hundreds of thousands of people were displaced.               | [0,31) casualty displaced vague null 200000..999999 'Hundreds of thousands of people'
      Tens of thousands have fled their homes.                      | [0,17) casualty displaced vague null 20000..99999 'Tens of thousands'
      Scores of people were injured.                                | [0,16) casualty injured vague null 40..199 'Scores of people'
      Several people were wounded.                                  | [0,14) casualty injured vague null 3..9 'Several people'
      Troops will evacuate several hundred citizens.                | [21,45) casualty displaced vague null 200..999 'several hundred citizens'
      A handful of protesters were detained.                        | [0,23) casualty arrested vague null 2..9 'A handful of protesters'
      # --- negation and unrelated numbers
      No one was killed in the blast.                               |
      Police said nobody was hurt.                                  |
      The troops did not kill 40 civilians.                         |
      The ministry said none of the 12 passengers was hurt.         |
      The militants held three meetings.                            |
      The stadium holds 32,000 people.                              |
      Information is held by about 100,000 public bodies.           | [23,50) count body about 100000 'about 100,000 public bodies'
      The athletes were banned for missing three drugs tests.       |
      The company cut 300 jobs and hired 20 workers.                |
      The delays affected 5,000 passengers.                         |
      One in ten people were hurt.                                  |
      # --- count: actors
      14 Palestinian groups signed the declaration.                 | [0,21) count group exact 14 '14 Palestinian groups'
      The two groups met in Beijing.                                | [4,14) count group exact 2 'two groups'
      Both sides agreed to a ceasefire.                             | [0,10) count side exact 2 'Both sides'
      Twelve Western embassies issued a joint statement.            | [0,24) count embassy exact 12 'Twelve Western embassies'
      The two committees questioned the minister.                   | [4,18) count committee exact 2 'two committees'
      Three carmakers recalled their vans.                          | [0,15) count carmaker exact 3 'Three carmakers'
      Nine regional banks cut their rates.                          | [0,19) count bank exact 9 'Nine regional banks'
      Twenty teams will race in the tour.                           | [0,12) count team exact 20 'Twenty teams'
      Some 40 small developers make games for the console.          | [0,24) count developer about 40 'Some 40 small developers'
      The network dropped six ringtone sellers.                     | [20,40) count seller exact 6 'six ringtone sellers'
      Four observer missions criticised the count.                  | [0,22) count mission exact 4 'Four observer missions'
      Six farming communities blocked the road.                     | [0,23) count community exact 6 'Six farming communities'
      Eleven human rights organizations signed the letter.          | [0,33) count organization exact 11 'Eleven human rights organizations'
      Several of the 10 countries hit by the storm asked for aid.   | [15,27) count country exact 10 '10 countries'
      Four provinces and two territories asked for federal help.    | [0,14) count province exact 4 'Four provinces'; [19,34) count territory exact 2 'two territories'
      The flu reached five of the country's 13 provinces.           | [16,37) count province exact 5 'five of the country's'; [38,50) count province exact 13 '13 provinces'
      All 16 regional water authorities must test the supply.       | [4,33) count authority exact 16 '16 regional water authorities'
      Three television networks refused to air the advert.          | [0,25) count network exact 3 'Three television networks'
      Eleven players were named in the squad.                       |
      The 19 member countries of the club met.                      | [4,23) count country exact 19 '19 member countries'
      Troops were sent to 14 of the country's 16 regions and to its 20 municipalities. | [20,39) count region exact 14 '14 of the country's'; [40,50) count region exact 16 '16 regions'; [62,79) count municipality exact 20 '20 municipalities'
      The US said its trade with the 25 EU member countries was worth $155bn. | [31,53) count country exact 25 '25 EU member countries'; [64,70) money USD exact 155000000000 '$155bn'
      Both the big parties oppose the plan.                         | [0,20) count party exact 2 'Both the big parties'
      The wall harms both nations along the border.                 | [15,27) count nation exact 2 'both nations'
      Tariffs imposed by both developed and developing nations fell. |
      Both the United States and Russia objected.                   |
      The two party leaders met.                                    |
      Delegations from 30 countries attended the summit.            | [17,29) count country exact 30 '30 countries'
      Five parties won seats in parliament.                         | [0,12) count party exact 5 'Five parties'
      The UN's 193 member states voted.                             | [9,26) count state exact 193 '193 member states'
      # a part counts as many actors as it names, and a whole with a number of its own is a count too (dev10-dev13 count both); a vague part names no number
      Three of the groups walked out.                               | [0,19) count group exact 3 'Three of the groups'
      Only 12 of the 27 countries met the target last year.         | [5,14) count country exact 12 '12 of the'; [15,27) count country exact 27 '27 countries'
      Officials from three of the neighbouring states attended.     | [15,47) count state exact 3 'three of the neighbouring states'
      Harwell is one of three companies licensed to supply the drug.| [18,33) count company exact 3 'three companies'
      Both sides of the Atlantic welcomed the deal.                 |
      Only one country objected.                                    |
      # --- never: names, compound modifiers, ordinals, years, ages, times, phones, scores
      The resolution 194 guarantees the right of return.            |
      Article 51 of the UN Charter allows self-defence.             |
      Flight 17 was shot down over Ukraine.                         |
      Route 6 was closed after the accident.                        |
      China backs a two-state solution.                             |
      The talks ended after a two-day meeting.                      |
      Hamas has ruled Gaza since 2007.                              |
      The 1972 killings shocked the town.                           |
      A 25-year-old man was killed.                                 |
      Smith, 45, was killed in the crash.                           |
      Jones, aged 30, was injured.                                  |
      He was the third person killed this year.                     |
      Chelsea beat Arsenal 3-1 on Saturday.                         |
      Arsenal secured a 2-0 win.                                    |
      The meeting began at 10:30.                                   |
      Call 0800 555 0100 for help.                                  |
      The top 10 countries signed.                                  |
      The G7 countries met.                                         |
      The Six Nations starts in February.                           |
      Wales won the Five Nations in 1994.                           |
      # --- a progressive "holding" holds people captive; "affected" needs its people written; villages are homes left
      The rebels are still holding at least 12 aid workers.         | [29,52) casualty captive at_least 12 'at least 12 aid workers'
      The militia is holding 30 villagers in the hills.             | [23,35) casualty captive exact 30 '30 villagers'
      About 9,000 residents have been affected by the storm.        | [0,21) casualty affected about 9000 'About 9,000 residents'
      Thirty of the region's 52 towns have been affected.           |
      About 2,000 people were driven from their villages.           | [0,18) casualty displaced about 2000 'About 2,000 people'
      Doctors reported 60 cases of TB in the camp.                  | [17,25) casualty affected exact 60 '60 cases'
      # --- counties, cantons, quangos, giants, providers count; an amount that may be under ten counts no actors
      Floods hit 11 counties this week.                             | [11,22) count county exact 11 '11 counties'
      Voters in nine cantons backed the plan.                       | [10,22) count canton exact 9 'nine cantons'
      Unrest spread to seven governorates.                          | [17,35) count governorate exact 7 'seven governorates'
      The minister merged four quangos.                             | [20,32) count quango exact 4 'four quangos'
      The club was linked with two Italian giants.                  | [25,43) count giant exact 2 'two Italian giants'
      The deal involved three internet providers.                   | [18,42) count provider exact 3 'three internet providers'
      Several airlines cancelled their flights.                     |
      A few banks raised their rates.                               |
      Rain fell in 20 of the country's 30 counties.                 | [13,32) count county exact 20 '20 of the country's'; [33,44) count county exact 30 '30 counties'
      # --- hospitals, businesses and bodies act; the dead's "bodies" stay casualties; a coordination the parser misreads keeps its head noun
      The attack shut at least 12 hospitals.                        | [16,37) count hospital at_least 12 'at least 12 hospitals'
      More than 3,000 businesses signed the petition.               | [0,26) count business more_than 3000 'More than 3,000 businesses'
      Envoys of three regional bodies attended.                     | [10,31) count body exact 3 'three regional bodies'
      Divers recovered nine more bodies.                            | [17,33) casualty killed exact 9 'nine more bodies'
      Nepal's two giant neighbours congratulated him.               | [8,28) count neighbour exact 2 'two giant neighbours'
      Rebels freed 11 hostages, including four foreign missionaries. | [13,24) casualty captive exact 11 '11 hostages'; [36,61) casualty captive exact 4 'four foreign missionaries'
      Nine other WTO members took part as third parties.            | [0,22) count member exact 9 'Nine other WTO members'
      The committee represents 31 investment funds.                 | [25,44) count fund exact 31 '31 investment funds'
      The government and 11 aid agencies set up a task force.       | [19,34) count agency exact 11 '11 aid agencies'
      It united 14 environmental and citizens' groups.              | [10,47) count group exact 14 '14 environmental and citizens' groups'
      Five soldiers and three parties met.                          | [18,31) count party exact 3 'three parties'
      # --- a state after "be" whose subject the parser joined to an earlier noun; "leaving" a state before a place
      Floods killed 14 people in Spain and nine others are missing. | [14,23) casualty killed exact 14 '14 people'; [37,48) casualty missing exact 9 'nine others'
      All 14 patients are children under the age of five, and two of them have died. | [56,67) casualty killed exact 2 'two of them'
      Prosecutors said that four, including a betting agency owner, had been put under house arrest. | [22,26) casualty arrested exact 4 'four'
      Police placed 12 protesters under arrest on Sunday.           | [14,27) casualty arrested exact 12 '12 protesters'
      He was freed after 12 days under house arrest.                |
      The landslide killed 23 people, leaving dozens missing under mud and rock.| [21,30) casualty killed exact 23 '23 people'; [40,54) casualty missing vague null 24..99 'dozens missing'
      # --- a progressive "holding" is captivity only by people who are no authority; a place, vessel or institution holds nobody captive
      Kidnappers are still holding 15 tourists.                     | [29,40) casualty captive exact 15 '15 tourists'
      The arena was holding 15,000 fans last night.                 |
      The ferry is holding 200 passengers.                          |
      The clinic is holding 30 patients in isolation.               |
      The jail is currently holding 1,200 inmates.                  |
      Stewards were holding 50 people back at the gate.             |
      Police are holding five suspects.                             |
      # --- "affected by" a cause that is no disaster, violence or disease counts nobody
      About 40,000 travellers were affected by the cancellations.   |
      Two million customers have been affected by the data breach.  |
      About 3,000 staff will be affected by the job cuts.           |
      Nine workers were affected by the gas leak.                   | [0,12) casualty affected exact 9 'Nine workers'
      # --- escapees caught again by anyone but the authorities are held captive
      The gang recaptured nine workers who had escaped.             | [20,32) casualty captive exact 9 'nine workers'
      # --- a number on a state word, "up to" before a passive, captivity, a disaster's bare number, a sum's participle set "at"
      The storm left at least 60 missing.                           | [15,26) casualty missing at_least 60 'at least 60'
      According to the society, up to 260 people were injured.      | [26,42) casualty injured up_to 260 'up to 260 people'
      Some 80 workers remain in captivity.                          | [0,15) casualty captive about 80 'Some 80 workers'
      Eight were released from captivity on Friday.                 |
      Nearly 2 million had been affected by the drought.            | [0,16) casualty affected about 2000000 'Nearly 2 million'
      Some 30 of the 45 towns had been affected by the floods.      |
      The coroner put the number of people killed at about 60.      | [47,55) casualty killed about 60 'about 60'
      Four regulatory bodies had received the complaint.            | [0,22) count body exact 4 'Four regulatory bodies'
      The landslide killed 11 people and left more than 50 missing, most of them miners who had not come back from the pit.| [21,30) casualty killed exact 11 '11 people'; [40,60) casualty missing more_than 50 'more than 50 missing'
      According to the Turkish Red Crescent Society, up to 260 villagers were injured, many of them hit by falling masonry.| [47,66) casualty injured up_to 260 'up to 260 villagers'
      Officials had put the number of people killed at about 75.    | [49,57) casualty killed about 75 'about 75'
      The strike left 40 flights cancelled, most of them short.     |
      # --- giants and providers of no trade are no firms
      Astronomers found two gas giants.                             |
      The zoo keeps two gentle giants.                              |
      Three crew members and two family members were questioned.    |
      The "Big Five" hospitals in Seoul postponed half their surgeries. |
      Four Labour members of the committee voted against the plan.  |
      The clinic has 12 health care providers.                      |
      The market has 12 food providers.                             |
      Regulators fined the two biggest web-hosting providers.       | [21,54) count provider exact 2 'two biggest web-hosting providers'
      Army troops recaptured 20 prisoners who had escaped.          | [23,35) casualty arrested exact 20 '20 prisoners'
      Police said 12 inmates had been recaptured.                   | [12,22) casualty arrested exact 12 '12 inmates'
      # --- animals are no casualties; a place after a harm noun is no one harmed; a hospital that treats people; people freed were held;
      # a list set off by dashes renames the people; a range after a cue; districts, departments and cooperatives act
      About 2,500 dead seals washed up on the coast.                |
      The flood killed 40 cows and two farmers.                     | [29,40) casualty killed exact 2 'two farmers'
      The hunts killed 91 foxes - only four were killed by hounds.  |
      Guards shot dead four prisoners during the breakout.          | [17,31) casualty killed exact 4 'four prisoners'
      # people an authority holds or seizes, suspects held and people held without charge are arrested, not captives
      Two suspects were being held by police.                      | [0,12) casualty arrested exact 2 'Two suspects'
      Police seized eight men in the raid.                         | [14,23) casualty arrested exact 8 'eight men'
      Two Algerian suspects being held without charge were freed.  | [0,21) casualty arrested exact 2 'Two Algerian suspects'
      # … but hostages are a captor's, whoever frees them
      Army troops freed 63 hostages on Sunday.                      | [18,29) casualty captive exact 63 '63 hostages'
      # a killing verb whose people the parser made the subject of a participle: killed, not the participle's harm
      The outbreak killed six of the nine people infected.          | [20,23) casualty killed exact 6 'six'; [31,42) casualty affected exact 9 'nine people'
      # a participle between a number and its noun, which the tagger read as a past tense, qualifies the count
      The country has recorded nine deaths and more than 650 confirmed cases of mpox. | [25,36) casualty killed exact 9 'nine deaths'; [41,70) casualty affected more_than 650 'more than 650 confirmed cases'
      # a disease that paralyses people affects them; a strike that paralyses a port names no one
      Polio has paralyzed 12 children this year.                    | [20,31) casualty affected exact 12 '12 children'
      The strike paralyzed the port for two days.                   |
      # people "along with" the harmed subject share its fate
      He was arrested along with three other men.                   | [27,42) casualty arrested exact 3 'three other men'
      The driver was killed along with two passengers.              | [33,47) casualty killed exact 2 'two passengers'
      She travelled along with 40 tourists.                         |
      # remains that turn up by themselves, told by a participle on them, are the dead; bodies as a count need an adjective that is no harm word
      He described scenes like 1,600 bodies washed up on a shore.   | [25,37) casualty killed exact 1600 '1,600 bodies'
      Rescuers saw 40 bodies floating in the river.                 | [13,22) casualty killed exact 40 '40 bodies'
      At least 12 public bodies were hit by the attack.             | [0,25) count body at_least 12 'At least 12 public bodies'
      # a harm gerund the tagger took for a noun after "and": its own people, not the earlier verb's
      Gunmen opened fire on Sunday, killing two guards and a passer-by and wounding 11 people. | [38,48) casualty killed exact 2 'two guards'; [78,87) casualty injured exact 11 '11 people'
      # a verb's particle is no qualifier: "hand over two" hands two
      Armenia will hand over two soldiers captured in April.        | [23,35) casualty captive exact 2 'two soldiers'
      # cities, townships and communes counted as units, contractors and sponsors as firms; not towns
      Drivers stopped work in 14 cities and 11 townships.           | [24,33) count city exact 14 '14 cities'; [38,50) count township exact 11 '11 townships'
      The firm hired two subcontractors.                            | [15,33) count subcontractor exact 2 'two subcontractors'
      Floods cut off dozens of towns.                               |
      # creditors and banks by their size act as bodies
      The Paris Club of 19 creditors meets on Monday.              | [18,30) count creditor exact 19 '19 creditors'
      Two Navy SEALs were killed in the raid.                       | [0,14) casualty killed exact 2 'Two Navy SEALs'
      Officials reported five deaths in three provinces.            | [19,30) casualty killed exact 5 'five deaths'; [34,49) count province exact 3 'three provinces'
      Hospitals in the town treated up to 90 people overnight.      | [30,45) casualty injured up_to 90 'up to 90 people'
      Five volunteers treated 40 people.                            |
      Pirates have freed a bulk carrier and its 21 crew members.    | [42,57) casualty captive exact 21 '21 crew members'
      The crew — 14 Filipinos and two Greek officers — were held on board.| [11,23) casualty captive exact 14 '14 Filipinos'; [28,46) casualty captive exact 2 'two Greek officers'
      He said between 31 and 35 people had died in five villages.   | [8,32) casualty killed range null 31..35 'between 31 and 35 people'
      Officials said about 6,500 residents of the district had been moved to camps. | [15,36) casualty displaced about 6500 'about 6,500 residents'
      Curfews were imposed in three districts.                      | [24,39) count district exact 3 'three districts'
      Floods hit 20 of the country's 32 departments.                | [11,30) count department exact 20 '20 of the country's'; [31,45) count department exact 32 '32 departments'
      More than 600 industry cooperatives joined the strike.        | [0,35) count cooperative more_than 600 'More than 600 industry cooperatives'
      # in a story of an illness and of no injury, the people in hospital are the illness's: affected
      Dozens fell ill after a wedding meal. Forty people were treated in hospital. | [0,6) casualty affected vague null 24..99 'Dozens'; [38,50) casualty affected exact 40 'Forty people'
      Dozens fell ill after a wedding meal and two guests were injured in a fall. Forty people were treated in hospital. | [0,6) casualty affected vague null 24..99 'Dozens'; [41,51) casualty injured exact 2 'two guests'; [76,88) casualty injured exact 40 'Forty people'
      # --- other quantities: their own types, with units
      The company made £5.2bn last year.                            | [17,23) money GBP exact 5200000000 '£5.2bn'
      Profits rose 12 per cent to $3 million.                       | [13,24) percent % exact 12 '12 per cent'; [28,38) money USD exact 3000000 '$3 million'
      He sold the house for 3 million pounds.                       | [22,38) money GBP exact 3000000 '3 million pounds'
      Inflation fell to 3.5% in May.                                | [18,22) percent % exact 3.5 '3.5%'
      Around 60% of the 200 staff lost their jobs.                  | [0,10) percent % about 60 'Around 60%'
      About 40 per cent of voters backed the plan, worth €4.5bn.    | [0,17) percent % about 40 'About 40 per cent'; [51,57) money EUR exact 4500000000 '€4.5bn'
      The pipeline runs 40 km under the sea.                        | [18,23) quantity km exact 40 '40 km'
      The firm shipped 300 tonnes of grain.                         | [17,27) quantity t exact 300 '300 tonnes'
      She cleared 1.80m and won the 5,000m race.                    | [12,17) quantity m exact 1.8 '1.80m'; [30,36) quantity m exact 5000 '5,000m'
      The bank runs 1.4m cash machines.                             |
      The car reached 120 mph and the plane flew 3,000 miles.       | [16,23) quantity mph exact 120 '120 mph'; [43,54) quantity mi exact 3000 '3,000 miles'
      """)
  void moreFigures(String sentence, String expected) {
    assertEquals(expected == null ? "" : expected, compact(Shared.claims(sentence, "2024-05-06")), sentence);
  }

  @Test
  void emptyDocumentHasNoFigures() {
    DocumentResult r = Shared.core().process(InputDocument.of("empty", "", "2024-05-06"));
    assertEquals("", compact(r.claims()));
  }

  @Test
  void casualtyLinksToThePlaceAndTheDateOfItsSentence() {
    List<Claim> claims = Shared.claims("The death toll rose to 45 in Gaza in May 2024.", "2024-06-08");
    Claim c = only(claims, ClaimType.CASUALTY);
    assertEquals(new Context(new TextRef("Gaza", 29, 33), new TextRef("in May 2024", 34, 45), "2024-05"), c.context());
  }

  @Test
  void figureWithoutPlaceOrDateHasNoContext() {
    assertNull(only(Shared.claims("Three soldiers were wounded.", null), ClaimType.CASUALTY).context());
  }

  @Test
  void figureInsideAnAttributedSpanTakesItsAttribution() throws StageException {
    // no cue in the text: the only attributed span is the one published here by hand
    String text = "The ministry met. Israeli forces have killed at least 34,535 people.";
    Attribution ministry = new Attribution("Ministry of Health", new TextRef("met", 13, 16),
        new TextRef("The ministry", 0, 12), null);
    Document doc = Document.of(InputDocument.of("a", text, "2024-05-06"));
    for (Stage stage : Shared.core().pipeline().stages()) {
      if (stage instanceof FigureExtractor figures) {
        doc = figures.apply(doc.plusAttributed(List.of(new AttributedSpan(new Span(18, 68), ministry))));
        break;
      }
      doc = stage.apply(doc);
    }
    Claim c = only(doc.claims(), ClaimType.CASUALTY);
    assertEquals("[45,67) casualty killed at_least 34535 'at least 34,535 people'", compact(List.of(c)));
    assertEquals(ministry, c.attribution());
  }

  @Test
  void figureWithAccordingToGetsTheSourceFromTheAttributionStage() {
    Claim c = only(Shared.claims("Israeli forces have killed at least 34,535 people, according to the Ministry of Health.", null),
        ClaimType.CASUALTY);
    assertEquals("Ministry of Health", c.attribution().speaker());
  }

  /**
   * A figure just outside every attributed stretch of its sentence takes the source the words
   * give it ({@link AdjoiningSource}, the clause around a partial quotation, a "who"
   * clause the parser leaves loose); "-" for none.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # a verbless appendix after a closing cue or "according to X"
      Shelling hit a school in the city of Marlow and killed at least 22 pupils, teachers said, among them four girls. | 'four girls' killed 4 | teachers
      The quake destroyed hundreds of homes and killed 64 people, the civil defence agency said, including 11 children. | '11 children' killed 11 | civil defence agency
      The province has become the centre of the fighting, according to the Armed Conflict Monitor, with more than 2,300 people killed there in 2023. | 'more than 2,300 people' killed 2300 | Armed Conflict Monitor
      # "per" with a service, a body that can be a source
      The storm flooded the valley and injured at least 14 villagers, per regional emergency services, before moving north. | 'at least 14 villagers' injured 14 | regional emergency services
      # not when the appendix follows a stretch whose cue comes first, or is a clause of its own
      The mayor described the flood as a "catastrophe", with 30 people killed in the valley. | '30 people' killed 30 | -
      The storm killed 40 villagers, rescue workers said, with nine children among them who are still missing. | 'nine children' missing 9 | -
      # a relative clause with no relative word whose cue speaks of the figure
      Of the 120 fishermen taken captive last year, 64 remain in Somalia, including 17 the navy says are dead. | '17' killed 17 | navy
      Of the 180 workers taken hostage that week, 95 remain in the camp, including 22 the Malian army says are dead. | '22' killed 22 | Malian army
      # a clause of saying on the closing source: "according to X, which said …"
      The fire spread through a market in the old town, according to the fire service, which said crews were still searching for at least four people believed to be trapped. | 'at least four people' missing 4 | fire service
      The ferry sank in heavy seas, according to the coast guard, who said nine passengers had drowned. | 'nine passengers' killed 9 | coast guard
      The ferry sank in heavy seas, according to the coast guard, which sent two boats; nine passengers drowned. | 'nine passengers' killed 9 | -
      # a second "that" clause coordinated with the stretch after its cue; not "that" as a determiner
      The navy said its ships shelled the port, and that eight of its sailors had been killed. | 'eight of its sailors' killed 8 | navy
      The mayor said the dam had held, and that night 30 people drowned in the valley. | '30 people' killed 30 | -
      # a participle of a cue verb with a "by" agent, which the parser gave an active subject, is a passive: no cue of its own
      The health ministry said 120 suspected cases had been recorded in the district as of Tuesday, 35 of them confirmed by laboratory tests. | '120 suspected cases' affected 120 | health ministry
      # the clause around a partial quotation is its speaker's too
      The commission also said it had documented "arrests of students by men thought to be police officers", with at least 26 people reported missing since Friday. | 'at least 26 people' missing 26 | commission
      The group said it had received "reports of looting by soldiers in uniform", with at least 40 people detained over the weekend. | 'at least 40 people' arrested 40 | group
      # a toll given in a "who" clause that the parser hangs loose on the name
      "The village was burned to the ground," said Mariam Toure, a district official in the north, who put the toll at 35 dead. | '35 dead' killed 35 | Mariam Toure
      "Children and old men were dragged from their homes," said Amadou Kone, a local council delegate for the area, who gave an early toll of 26 dead and later raised it. | '26 dead' killed 26 | Amadou Kone
      """)
  void figureTakesTheSourceOfTheStretchItContinues(String sentence, String figure, String speaker) {
    List<Claim> claims = Shared.claims(sentence, "2024-05-06");
    String found = claims.stream().filter(c -> NUMERIC.contains(c.type()))
        .map(c -> "'" + c.text() + "' " + c.category() + " " + c.value() + " | " + (c.attribution() == null ? "-" : c.attribution().speaker()))
        .collect(Collectors.joining("; "));
    assertTrue(found.contains(figure.strip() + " | " + speaker.strip()), () -> sentence + " gave " + found);
  }

  @Test
  void figureOutsideEveryAttributedSpanHasNoAttribution() {
    assertNull(only(Shared.claims("Seven people died in the crash.", null), ClaimType.CASUALTY).attribution());
  }

  @Test
  void numberPhraseRejectsInvertedTokens() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new NumberPhrase(0, 3, 2, 3, 1.0, null, null, "exact"));
    assertTrue(e.getMessage().contains("bad number phrase"), e.getMessage());
  }

  private static Claim only(List<Claim> claims, String type) {
    List<Claim> of = claims.stream().filter(c -> c.type().equals(type)).toList();
    assertEquals(1, of.size(), () -> "expected one " + type + " claim in " + claims);
    return of.get(0);
  }

  /** {@code [start,end) type category-or-unit qualifier value low..high 'text'} per numeric claim. */
  static String compact(List<Claim> claims) {
    return claims.stream()
        .filter(c -> NUMERIC.contains(c.type()))
        .map(c -> c.span() + " " + c.type() + " " + (c.category() != null ? c.category() : c.unit()) + " "
            + c.qualifier() + " " + c.value()
            + (c.low() != null || c.high() != null ? " " + number(c.low()) + ".." + number(c.high()) : "")
            + " '" + c.text() + "'")
        .collect(Collectors.joining("; "));
  }

  private static String number(Double d) {
    return d == null ? "null" : d == Math.rint(d) ? String.valueOf(d.longValue()) : d.toString();
  }
}
