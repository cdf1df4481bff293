package nl.sleutelnet.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sleutelnet.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class PasswordBlocklistTest {

    private final PasswordBlocklist list = PasswordBlocklist.of(List.of("1qaz2wsx3edc4rfv", "Zomervakantie", "dragon"));
    private final Username name = Username.of("wijkagent.noord");

    @Test
    void listedPasswordsAreRefusedWhateverTheirCapitalsOrSpaces() {
        assertThat(list.refuses("1QAZ2WSX3EDC4RFV", name)).isTrue();
        assertThat(list.refuses("zomer vakantie", name)).isTrue();
        assertThatThrownBy(() -> list.check("1qaz2wsx3edc4rfv", name)).isInstanceOf(DomainException.class)
                .hasMessageContaining("list of common or leaked passwords")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("account.password.common");
    }

    @Test
    void simpleVariantsOfAListedWordOrOfThisServiceAreRefused() {
        assertThat(list.refuses("Zomervakantie2026!", name)).as("digits and a sign added").isTrue();
        assertThat(list.refuses("!!Maastricht2026!!", name)).as("the municipality").isTrue();
        assertThat(list.refuses("Sleutelnet123456", name)).as("this service").isTrue();
        assertThat(list.refuses("dragondragondragon", name)).as("repeated").isTrue();
        assertThat(list.refuses("wachtwoordwachtwoord", name)).as("'password' repeated").isTrue();
        assertThat(list.refuses("wijkagent.noord2026", name)).as("the username with digits").isTrue();
    }

    @Test
    void repetitionsAndSequencesAreRefused() {
        assertThat(list.refuses("aaaaaaaaaaaaaaaa", name)).isTrue();
        assertThat(list.refuses("abcabcabcabcabcabc", name)).isTrue();
        assertThat(list.refuses("123456789012345", name)).isTrue();
        assertThat(list.refuses("abcdefghijklmnop", name)).isTrue();
        assertThat(list.refuses("9876543210987654", name)).isTrue();
    }

    @Test
    void passPhrasesAndOrdinaryLongPasswordsPass() {
        assertThat(list.refuses("een fiets op de brug bij de Maas", name)).isFalse();
        assertThat(list.refuses("dragon vliegt over Maastricht", name)).isFalse();
        assertThat(list.refuses("Zomervakantie in Zeeland 2026", name)).isFalse();
        assertThat(list.refuses("x7#Lq9!vR2@mW4$t", name)).isFalse();
    }

    @Test
    void aListLoadedOnFirstUseIsReadOnlyWhenAPasswordIsCheckedAndThenRefusesTheSame() {
        AtomicInteger reads = new AtomicInteger();
        PasswordBlocklist lazy = PasswordBlocklist.loadedOnFirstUse(() -> {
            reads.incrementAndGet();
            return List.of("1qaz2wsx3edc4rfv", "Zomervakantie", "dragon");
        });
        assertThat(reads).as("nothing read before a check").hasValue(0);
        assertThat(lazy).hasToString("PasswordBlocklist[not read yet]");

        for (String password : List.of("1QAZ2WSX3EDC4RFV", "zomer vakantie", "Zomervakantie2026!", "dragondragondragon",
                "!!Maastricht2026!!", "wijkagent.noord2026", "abcabcabcabcabcabc", "een fiets op de brug bij de Maas",
                "dragon vliegt over Maastricht", "x7#Lq9!vR2@mW4$t")) {
            assertThat(lazy.refuses(password, name)).as(password).isEqualTo(list.refuses(password, name));
        }
        assertThat(lazy.size()).isEqualTo(list.size());
        assertThatThrownBy(() -> lazy.check("dragon", name)).isInstanceOf(DomainException.class);
        assertThat(reads).as("read once").hasValue(1);
    }

    @Test
    void aListLoadedOnFirstUseIsReadOnceWhenManyThreadsNeedItAtOnce() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        PasswordBlocklist lazy = PasswordBlocklist.loadedOnFirstUse(() -> {
            reads.incrementAndGet();
            sleep(100); // a slow read, so that the other threads arrive while it runs
            return List.of("dragon");
        });
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return lazy.refuses("Dragon2026", name);
                }));
            }
            start.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void aListThatCannotBeReadRefusesTheCheckAndIsAskedForAgainNextTime() {
        AtomicInteger reads = new AtomicInteger();
        PasswordBlocklist lazy = PasswordBlocklist.loadedOnFirstUse(() -> {
            if (reads.incrementAndGet() == 1) {
                throw new IllegalStateException("list missing");
            }
            return List.of("dragon");
        });
        assertThatThrownBy(() -> lazy.check("een fiets op de brug bij de Maas", name))
                .isInstanceOf(IllegalStateException.class).hasMessage("list missing");
        assertThat(lazy.refuses("dragon", name)).isTrue();
        assertThat(reads).hasValue(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
