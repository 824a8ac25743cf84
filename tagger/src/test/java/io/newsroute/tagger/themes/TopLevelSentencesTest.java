package io.newsroute.tagger.themes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsroute.common.model.ThemeTag;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One short hand-written article per IPTC top level: the best theme must sit under it. */
class TopLevelSentencesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        medtop:01000000 | Film star wins best actress Oscar | The actress thanked the director of the movie at the Academy Awards ceremony in Hollywood, where the film also took the prize for best screenplay.
        medtop:02000000 | Man jailed for murder | A judge at the High Court sentenced him to life in prison after the jury convicted him; police said the detective work was key.
        medtop:03000000 | Earthquake kills hundreds | A powerful earthquake struck the region, and rescuers searched for survivors as the death toll rose and aid agencies rushed in.
        medtop:04000000 | Car maker profits jump | The company reported a pre-tax profit rise as sales grew and shares rose; the chief executive told investors the market outlook was strong.
        medtop:05000000 | Schools face teacher shortage | Head teachers say pupils in primary schools are losing lessons, and universities warn fewer students are training as teachers.
        medtop:06000000 | Climate deal on emissions | Environmental groups welcomed the plan to cut greenhouse gas emissions and fight global warming, while conservationists warned about endangered species.
        medtop:07000000 | Hospital waiting lists grow | Doctors and nurses say patients with cancer and heart disease wait too long for treatment in NHS hospitals.
        medtop:08000000 | Royal wedding date announced | The prince and his bride will marry in spring; the celebrity guests and the royal family will attend the wedding.
        medtop:09000000 | Rail workers strike over pay | The trade union said workers will strike after pay talks failed; employers offered a wage rise that unions rejected.
        medtop:10000000 | Holidaymakers flock to beaches | Tourists and travellers are booking summer holidays, and restaurants and hotels expect a busy season of leisure and sightseeing.
        medtop:11000000 | MPs vote on new bill | The government won the vote in the House of Commons as Labour MPs backed the prime minister, while the opposition promised to fight the election on the issue.
        medtop:12000000 | Pope visits mosque | The pope met Muslim and Christian religious leaders, and prayers were held in the church and the mosque.
        medtop:13000000 | Scientists unveil faster chip | Researchers said the new software and computer chip will make broadband internet and mobile phone technology faster for users.
        medtop:14000000 | Poverty rises among families | Charities say more children and families live in poverty, and human rights groups warn of discrimination against immigrants.
        medtop:15000000 | United win the cup final | The striker scored twice as the team beat their rivals in the cup final, and the coach praised the squad and the fans at the stadium.
        medtop:16000000 | Rebels attack army base | Insurgents clashed with troops as the civil war spread, and the ceasefire collapsed after fighting and bombing near the border.
        medtop:17000000 | Storms and heavy rain forecast | Forecasters warn of heavy rain, gales and snow, with temperatures falling as the storm arrives, the Met Office said.
        """)
    void bestThemeIsUnderTheExpectedTopLevel(String top, String title, String body) {
        List<ThemeTag> tags = ThemeTagger.standard().tag(title, null, body);
        assertThat(tags).as("themes of: " + title).isNotEmpty();
        assertThat(tags.get(0).top()).as("best of " + tags).isEqualTo(top);
    }
}
