package io.newsclaims.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsclaims.model.Claim;
import io.newsclaims.model.ClaimType;
import io.newsclaims.testing.Shared;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates are normalized against the document date (here Friday 2024-07-26) by SUTime. */
class DateExtractorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # sentence                                                   | expected date claims (text=value)
      The talks ended on Monday.                                     | Monday=2024-07-22
      The minister resigned on Friday.                               | Friday=2024-07-26
      The two leaders met in April.                                  | April=2024-04
      # a month of no tense is the nearest: SUTime may put the document's own month a year ahead
      The minister said that all pensions due in July would be paid on time. | July=2024-07
      The groups met in Moscow in February.                          | February=2024-02
      The party has ruled the region since 2007.                     | 2007=2007
      Wages have fallen every year since 2015.                       | since 2015=2015
      The agreement was signed on July 3, 2023.                      | July 3, 2023=2023-07-03
      Fighting resumed last week.                                    | last week=2024-W29
      The ministry will publish its figures next month.              | next month=2024-08
      Prices rose 3% in the year to June.                            | June=2024-06
      The city was quiet yesterday.                                  | yesterday=2024-07-25
      The delegation stayed for two days.                            | ''
      Prices rose in the 1990s and 2000s.                            | the 1990s=199X; 2000s=200X
      She bought an original 1960s photograph of the band.           | 1960s=196X
      The market opens every week.                                   | ''
      Theresa May said the vote would go ahead.                      | ''
      The vote was held in May.                                      | May=2024-05
      The talks end on Friday, May 3.                                | Friday, May 3=2024-05-03
      Activists marched along the march route.                       | ''
      The council adopted Resolution 1701 in 2006.                   | 2006=2006
      Groups such as Razor 1911 were raided before the Euro 2004 final in July 2004. | July 2004=2004-07
      The ministry will auction blocks 2371 and 2373.                | ''
      The talks are expected to last two days.                       | ''
      # a month without a year, in an article of July 2024: a past verb puts a later month in the year before, a future one an earlier month in the next year
      Hostages were freed during a truce in November.                | November=2023-11
      The attack on October 7 killed 1,200 people.                   | October 7=2023-10-07
      The guard said he had seen the men at 10 p.m. on Nov. 28.      | 10 p.m. on Nov. 28=2023-11-28
      The ministry will hold elections in March.                     | March=2025-03
      The rebels seized the town in March.                           | March=2024-03
      The summit will open in September.                             | September=2024-09
      Aides described plans for the November states.                 | November=2024-11
      # a day that names an event is past in a past clause, not ahead of it
      Police arrested a man over the September 3 shooting.           | September 3=2023-09-03
      Prosecutors accused two guards of taking part in the 9 November raid. | 9 November=2023-11-09
      Two men were charged over the December 2 bombing.              | December 2=2023-12-02
      Polls tightened ahead of the November 5 election.              | November 5=2024-11-05
      An aid worker kidnapped in the capital in November was freed.  | November=2023-11
      Last month, the army said it would hold elections starting in March. | Last month=2024-06; March=2025-03
      The army said it would hold elections in December.             | December=2024-12
      The coach, who would later resign on Monday, said the team was tired. | Monday=2024-07-22
      Rebels still hold a German aid worker kidnapped in Niamey in November. | November=2023-11
      The bloc gave them a transition period ending November 29.     | November 29=2024-11-29
      The two leaders agreed to meet again in March.                 | March=2025-03
      She tried to call him in February.                             | February=2024-02
      The court said he had been allowed to leave the country in March. | March=2024-03
      # a past in a condition of what would follow looks ahead with it; a counterfactual does not
      The union said the strike would go on unless the board made an offer by Tuesday. | Tuesday=2024-07-30
      If the council had acted in December, the flood would have been avoided. | December=2023-12
      The senator, who lost by 3,870 votes in the November poll, accepted the verdict. | November=2023-11
      Ana Soto estimated that the bank would lower the rate twice more this year, taking it to 6.25% by February. | this year=2024; February=2025-02
      # an event named by a noun with "next" lies ahead; a plan told of in the past may be behind
      Economists said the bank was likely to pause at its next meeting on March 12. | March 12=2025-03-12
      A second round of talks planned for June was postponed.       | June=2024-06
      # a month in a year the text points back to
      Unrest began in 2021, and police arrested five people in October of that year. | 2021=2021; October=2021-10
      The war began in 2014 and escalated the following March.       | 2014=2014; the following March=2015-03
      The army took power in 2019 and lost it the following year.    | 2019=2019; the following year=2020
      The law passed in 2016, and a court struck it down the same year. | 2016=2016; the same year=2016
      The outbreak began in May 2022. By the end of that year, 600 cases had been confirmed. | May 2022=2022-05; the end of that year=2022
      The mine closed in 2019 and reopened later that year.          | 2019=2019; later that year=2019
      The drought of 2021 cut that year's harvest by half.           | 2021=2021; that year=2021
      Nobody could say what had happened in that year-long siege.    | ''
      The peso could fall sharply, as it did in 2022, when the currency lost 10% of its value after the June election. | 2022=2022; June=2022-06
      The plan will go ahead, according to The Mail on Sunday.       | ''
      The Telegraph on Saturday revealed the minister's expenses.    | Saturday=2024-07-20
      # a week day in a name, any week day after "a", an offset by an amount with no number: no date
      The story first ran in the Sunday Herald.                      | ''
      She talked about it on the station's Saturday Review show.      | ''
      The square is packed on a Friday or Saturday night.            | ''
      Trains are full on an ordinary weekday.                        | ''
      # a week day before a capitalized subject is a date; one after "a" with a month or year keeps them
      Thursday Germany announced new tariffs on steel.               | Thursday=2024-07-25
      On Friday Nokia said that profits had fallen.                  | Friday=2024-07-26
      On Tuesday House Democrats passed the measure.                 | Tuesday=2024-07-23
      The blaze started on a Friday in April.                        | Friday in April=2024-WXX-5
      The ferry sank on a Monday in May 2011.                        | Monday in May 2011=2011-WXX-1
      She was born on a Thursday, March 5, 1987.                     | Thursday, March 5, 1987=1987-03-05
      # the following or same year counts from the latest year told, counted ones included, not a name or a target
      She moved to Paris in 2008 and returned last year. The same year, she opened a shop. | 2008=2008; last year=2023; The same year=2023
      The club was sold in 2005. Two years later, it moved, and the following year it was relegated. | 2005=2005; Two years later=null; the following year=null
      Adopted in 2017, the Agenda 2063 plan set goals. The following year, a summit met. | 2017=2017; The following year=2018
      The city pledged to plant trees by 2040. The following year, it cut the budget. | 2040=2040; The following year=null
      She said so in a Tuesday interview.                            | Tuesday=2024-07-23
      She left the band a few years ago.                             | ''
      # a count of years or months back is as precise as its unit: a year, a month
      The mine flooded two years ago.                                | two years ago=2022
      Prices rose two months ago.                                    | two months ago=2024-05
      # a cue the parser took for an auxiliary gives no tense: "would be held" still lies ahead
      A decree published in the Gazette said the vote would be held on November 8. | November 8=2024-11-08
      The coach resigned days later.                                 | ''
      The coach resigned two days later.                             | two days later=null
      # an offset of hours or minutes stays within the story's day; a bare weekend after "opening" or "first" is a place in a run
      More shots were fired outside the offices two hours later.     | ''
      The film had the highest opening weekend takings of any import. | ''
      # a month after "since" is behind the document date, whatever the tense
      Analysts said weak orders pointed to a cut in September.       | September=2024-09
      Thousands of families have sheltered in schools since October. | October=2023-10
      Aid has been blocked since mid-November.                       | mid-November=2023-11
      USA TODAY's editor wrote the column.                           | ''
      He spoke on the Today programme.                               | ''
      Today, the minister resigned.                                  | Today=2024-07-26
      The protests culminated in two nights of violence in February. | February=2024-02
      The reporter Jan Egeland asked a question.                     | ''
      Nominees include My Summer of Love and Vera Drake.             | ''
      Lawrence H. Summers said the plan would fail.                  | ''
      The SEC said it would review the rule.                         | ''
      The club made a second bid for the striker.                    | ''
      # an age is no date, also where SUTime joins it to a "later" after it
      The 52-year-old later joined a club in Lyon.                   | ''
      Clubs circled the 22-year-old before Monday's deadline.        | Monday=2024-07-22
      Sales showed a minute rise in June.                            | June=2024-06
      Sales will rise in the second half of 2025.                    | the second half of 2025=2025-H2
      The campaign ran a 30-second ad in June.                       | June=2024-06
      The robbers struck in broad daylight.                          | ''
      The festival moved to Palm Springs last month.                 | last month=2024-06
      # a season or part of the day as a plain noun, in a parsed sentence
      The fall came as the ministry said prices rose.                | ''
      The issue has been debated since the dawn of the conflict in 1988. | 1988=1988
      Voters backed him by a ratio of about four to one.             | ''
      The attacks may end up strengthening the camp.                 | ''
      He will start work at a bank in the fall.                      | fall=2024-FA
      # a time of day with no day of its own is no calendar point; with its day it is
      The Americans evacuated the base at dawn.                      | ''
      Gunmen stormed the village. Later that night, soldiers arrived. | night=2024-07-26
      On the night of the election, crowds gathered in the square.   | night=2024-07-26
      The bill became Law No. 2015-25 after a long debate.           | ''
      Shops stayed open overnight and closed at 2 a.m.               | ''
      The crowd gathered at three in the morning.                    | ''
      The blast came at 2 a.m. on Monday.                            | 2 a.m. on Monday=2024-07-22
      # a duration before "on" and a day is no part of the date, nor before "in" and a date: SUTime's merge had no value
      The athlete was banned for four years on Wednesday.            | Wednesday=2024-07-24
      The panel cleared the 27-year-old in December after a hearing. | December=2023-12
      The region suffered its worst floods in decades in 2023.       | 2023=2023
      The clinic treated 150 patients a day last week.               | last week=2024-W29
      The rally ended late last night.                               | late last night=2024-07-25
      # "mid-" and its month or year, one word that SUTime does not read
      Crews have arrived since mid-June.                             | mid-June=2024-06
      Fighters seized the town in mid-October.                       | mid-October=2023-10
      The rule comes into force in mid-2027.                         | mid-2027=2027
      # a financial year or a span of years: a period with no single calendar value
      Borrowing fell in 2011/12 and has risen since 1996/7.          | 2011/12=null; 1996/7=null
      The plan covers the years 2014-2020.                           | 2014-2020=null
      Exports doubled during 2009-10.                                | 2009-10=null
      The home side won 2001-0 in the replay.                        | ''
      # a season after "a" or "an" is a kind of season, not one on the calendar
      Farmers braced for a long dry summer.                          | ''
      It was not an ordinary winter for the town.                    | ''
      # so is a feast used as a plain noun; "by Christmas" stays a date
      Shops had a quiet Christmas.                                   | ''
      Christmas sales fell sharply, the retailers said.              | ''
      The works will be finished by Christmas.                       | Christmas=2024-12-25
      # "fall" as a verb is no season
      Sales are expected to fall in 2027.                            | 2027=2027
      Prices will fall sharply.                                      | ''
      He told Radio 4's Today programme the plan would fail.         | ''
      The talks resumed last Summer.                                 | last Summer=2023-SU
      The Arab Spring began in 2011.                                 | 2011=2011
      Lobbies prepare for the poll in Spring.                        | Spring=2024-SP
      # "last" and a week day: the latest such day at least two days back, not the calendar week before
      The strike began last Tuesday.                                 | last Tuesday=2024-07-23
      The board will meet next Sunday and again next Friday.        | next Sunday=2024-07-28; next Friday=2024-08-02
      The court has scheduled a hearing for Tuesday.                | Tuesday=2024-07-30
      Park Min-jun, chief economist at Hanil Securities in Busan, said the bank was likely to cut once more this year, "probably in October, once it sees what the Fed does." | this year=2024; October=2024-10
      A 61-year-old porter collapsed and died while working an evening shift in Cádiz on Sunday, city officials said. | Sunday=2024-07-21
      The strike began last Thursday.                                | last Thursday=2024-07-18
      # a day on a word the parser hung loosely on a past verb is in that verb's past
      He said the agency had issued its storm warning only on Sunday morning. | Sunday morning=2024-07-21
      Guests began vomiting a few hours after the meal on Saturday evening. | Saturday evening=2024-07-20
      # a quarter or a half of a year
      The economy shrank 0.2% in the last quarter of 2023.           | the last quarter of 2023=2023-Q4
      Attacks doubled in the first half of the year.                 | the first half of the year=2024-H1
      The bank expects one more cut in the second half of the year.  | the second half of the year=2024-H2
      Profits fell in the final quarter of the year.                 | the final quarter of the year=2024-Q4
      Exports recovered in the second half of last year.             | the second half of last year=2023-H2
      The plant will open in the first quarter of next year.         | the first quarter of next year=2025-Q1
      # a rate counted from a year: the year
      Demand has grown by about 10% a year since 2020.               | since 2020=2020
      # a place in a run of days is no calendar point
      The offensive is now in its sixth day.                         | ''
      Workers extended their strike into a third day on Wednesday.   | Wednesday=2024-07-24
      Two parties pulled out at the last minute.                     | ''
      # an offset from the story's own time has no value
      The war began in 2014. Eight months later, talks collapsed.    | 2014=2014; Eight months later=null
      The rebels struck again the following morning.                 | the following morning=null
      # a duration "for" a span from a year runs from that year; SUTime adds them up
      She led the band for three years from 1998.                    | from 1998=1998
      # a year and its apposition, which SUTime joins and cannot value: the year
      Output fell in 2011, the last full year for which figures exist. | 2011=2011
      # a four-digit number after a capitalized noun inside the sentence is a name's, not a year
      The fire spread quickly, according to Rescue 1122, the emergency service. |
      # a future copula looks ahead like a future verb: next March, not last
      It will be two years in March since the dam burst.             | March=2025-03
      The minister said the poll would be in February.               | February=2025-02
      The group set a deadline of Aug. 3 for the payment.             | Aug. 3=2024-08-03
      # an end or a deadline that a past act sets, soon after the document date, lies ahead
      The province has closed schools until Aug. 20.                 | Aug. 20=2024-08-20
      The regulator ordered the utility to submit a full report on the attack by Aug. 5 and said it would consider fines. | Aug. 5=2024-08-05
      The company failed to file a report in September.              | September=2023-09
      # a date on a simple present is the nearest such one, whatever past verbs stand around it
      He said the state would not move the deadline, which falls on August 30, but urged calm. | August 30=2024-08-30
      # a date that is itself the predicate of a present copula, or what is "due" with no verb of its own, is the nearest such one
      "The real exam is August," said Farrukh Saidov, an analyst at the network. | August=2024-08
      The unions said they would wait until a study on its costs, due in October, had been published. | October=2024-10
      # … to the nearest such month: the document's own month is this year's (SUTime puts it a year on)
      The minister said the poll would be in July.                   | July=2024-07
      # what a past forecast expects lies ahead of it: the next such month
      One analyst expected another rate rise in September.           | September=2024-09
      The economist predicted a slowdown in March.                   | March=2025-03
      The economist had predicted a slowdown in March.               | March=2024-03
      # a forecast with nothing forecast is dated by its own time: the expecting was in March
      Prices rose faster than we expected in March.                  | March=2024-03
      """)
  void resolvesAgainstTheDocumentDate(String sentence, String expected) {
    assertEquals(expected == null ? "" : expected, dates(Shared.claims(sentence, "2024-07-26")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # document date Wednesday 2024-05-15: the verb's tense picks the week of a bare week day
      The ministry announced on Sunday that it would respond.        | Sunday=2024-05-12
      Rebels have seized the airport on Saturday.                    | Saturday=2024-05-11
      Two soldiers were killed on Friday night.                      | Friday night=2024-05-10
      # a Sunday night runs into the next week: SUTime's range of it once dropped the mention
      The board met on Sunday night.                                 | Sunday night=2024-05-12
      On Monday, the council approved the budget.                    | Monday=2024-05-13
      The vote is expected on Friday.                                | Friday=2024-05-17
      The talks will resume on Monday.                               | Monday=2024-05-20
      The report is due on Thursday.                                 | Thursday=2024-05-16
      Leaders met last Thursday.                                     | last Thursday=2024-05-09
      The minister will appear before the Senate Committee on Tuesday. | Tuesday=2024-05-21
      Smith bused down from New York on Friday.                      | Friday=2024-05-10
      Hackers exploited a software glitch on Thursday to reach the files. | Thursday=2024-05-09
      Until Friday's announcement, shares were trading higher.        | Friday=2024-05-10
      # an expectation looks ahead whatever its tense, and so does an infinitive after it
      More heavy rain was expected from Thursday.                    | Thursday=2024-05-16
      The new cabinet is expected to be sworn in on Sunday.          | Sunday=2024-05-19
      Searches were expected to continue until Friday, officials said. | Friday=2024-05-17
      A fire broke out in the engine room shortly after midnight on Sunday. | midnight on Sunday=2024-05-12
      # a day after "until" that is not past is a deadline ahead; "late" before a day keeps its tense
      The mayor has until Monday to sign the bill.                   | Monday=2024-05-20
      Heavy rain is likely to last until Monday.                     | Monday=2024-05-20
      The pool stayed open until Monday.                             | Monday=2024-05-13
      # what a past warning or order lasts until lies ahead
      Forecasters warned of strong winds on the coast until Saturday. | Saturday=2024-05-18
      The judge adjourned the trial until Monday.                    | Monday=2024-05-20
      A night curfew was imposed in the capital until Sunday.        | Sunday=2024-05-19
      The agency has issued a red alert for fog until Thursday.      | Thursday=2024-05-16
      Police had banned protests near parliament until Saturday.     | Saturday=2024-05-18
      The board announced late on Saturday night that it had failed. | late on Saturday night=2024-05-11
      # an attempt made is as past as its verb; a deadline set lies ahead of its setting
      Police detained 23 people who tried to hold a rally on Sunday evening. | Sunday evening=2024-05-12
      # a clock time before a week day keeps the verb's tense
      The building collapsed shortly before 11:00 pm on Saturday.    | 11:00 pm on Saturday=2024-05-11
      The roof caved in at about 10 a.m. on Sunday.                  | about 10 a.m. on Sunday=2024-05-12
      # a day's possessive names its event, in the past when its clause is, also through a number standing for a noun
      The party won 24 of the 55 seats in Saturday's general election. | Saturday=2024-05-11
      Parties are preparing for Saturday's vote.                     | Saturday=2024-05-18
      # a day the parser hung on the cue that closes the sentence takes the tense of the clause it ends
      He declared three days of mourning and will travel to the region on Friday, his office said. | Friday=2024-05-17
      # "falls" is a verb, not the season
      Rain fell on Monday, more than usually falls in the whole month. | Monday=2024-05-13
      # a day a past verb sets apart is still to come; a day that was one is not
      The president declared Friday a day of national mourning.      | Friday=2024-05-17
      Unions have called for a day of mourning on Friday.            | Friday=2024-05-17
      Friday was a day of mourning across the country.               | Friday=2024-05-10
      The government announced on Friday a day of mourning.          | Friday=2024-05-10
      # "would" after a past saying looks ahead
      The club said the new coach would take charge for Monday's game. | Monday=2024-05-20
      # a gerund after a past verb may lie ahead of it: SUTime's nearest day
      All signs pointed to the president endorsing her on Thursday.  | Thursday=2024-05-16
      # "due" the parser hangs on the verb still looks ahead; a noun after "to" is a goal, ahead of its past verb
      The agency sent doses that were due to arrive on Friday.       | Friday=2024-05-17
      The mayor invited the two rivals to a debate on Thursday.      | Thursday=2024-05-16
      # "a week on Friday" is the Friday a week after the coming one; told of the past it has no value
      The hearing resumes a week on Friday.                          | Friday=2024-05-24
      The final will be played a fortnight on Sunday.                | Sunday=2024-06-02
      The club lost a week on Saturday.                              | Saturday=null
      """)
  void aBareWeekDayFollowsTheTenseOfItsVerb(String sentence, String expected) {
    assertEquals(expected, dates(Shared.claims(sentence, "2024-05-15")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The war started in October.                                    | October=XXXX-10
      The party has ruled the region since 2007.                     | 2007=2007
      Wages have fallen every year since 2015.                       | since 2015=2015
      The councillors met on Tuesday afternoon.                      | Tuesday afternoon=XXXX-WXX-2
      # a date counted from the document's date, which is not known: the claim with no value
      Ministers will publish the figures next week.                  | next week=null
      Prices fell last year and rose again today.                    | last year=null; today=null
      This may be the last budget before the election.               | ''
      Output fell for the fifth month running.                       | ''
      """)
  void withoutADocumentDateOnlyWhatTheTextSays(String sentence, String expected) {
    assertEquals(expected, dates(Shared.claims(sentence, null)));
  }

  @Test
  void aDateInsideAQuotationCarriesItsSpeaker() {
    Claim date = Shared.claims("“The border will reopen on Monday,” Mayor Ana Torres said.", "2024-07-26").stream()
        .filter(c -> c.type().equals(ClaimType.DATE)).findFirst().orElseThrow();
    assertEquals("Monday=2024-07-29 <- Ana Torres", date.text() + "=" + date.value() + " <- " + date.attribution().speaker());
  }

  @Test
  void oneDocumentsTenseDoesNotMoveTheNextDocumentsWeekDay() {
    // SUTime's tense rules tag the value of "Tuesday" in place; on a shared constant the tag of
    // "will meet on Tuesday" once moved a later article's bare Tuesday a week forward
    assertEquals("Tuesday=2024-07-30", dates(Shared.claims("The committee will meet on Tuesday.", "2024-07-26")));
    assertEquals("Tuesday=2024-07-23", dates(Shared.claims("The mayor vowed to fight for every vote in the state's final primary in Ohio on Tuesday.", "2024-07-26")));
  }

  /** Christmas after the document's spring is the coming one when the clause looks ahead; a past one stays SUTime's. */
  @Test
  void christmasStillToComeIsTheNextOne() {
    assertEquals("Christmas=2025-12-25", dates(Shared.claims("The bridge will be open by Christmas, the council said.", "2025-03-05")));
    assertEquals("Christmas=2024-12-25", dates(Shared.claims("The shop cut 200 jobs after Christmas.", "2025-03-05")));
  }

  private static String dates(List<Claim> claims) {
    return valued(claims, ClaimType.DATE);
  }

  /** The claims of {@code type} as "text=value", joined by "; ". */
  private static String valued(List<Claim> claims, String type) {
    return claims.stream()
        .filter(c -> c.type().equals(type))
        .map(c -> c.text() + "=" + c.value())
        .collect(Collectors.joining("; "));
  }

  /** "A quarter of" people is a share of them; a quarter on its own is three months. */
  @Test
  void aShareOfPeopleIsNoDuration() {
    assertEquals("", valued(Shared.claims("A quarter of broadband users upload their own videos.", "2024-07-26"), ClaimType.DURATION));
    assertEquals("a quarter=P3M", valued(Shared.claims("Sales fell for a quarter, then rose again.", "2024-07-26"), ClaimType.DURATION));
  }


  /** A year written with two digits takes the century nearer the document's year. */
  @Test
  void twoDigitYearTakesTheNearerCentury() {
    assertEquals("'94=1994; 2003=2003", dates(Shared.claims("The club won the title in '94 and again in 2003.", "2024-07-26")));
    assertEquals("'36=2036", dates(Shared.claims("The city hopes to host the Games in '36.", "2024-07-26")));
  }
}
