package com.followupadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one urgency fact rules compare actions with: ranks follow the list given, whatever it is. */
class UrgencyOrderTest {

    @Test
    void ranksFollowTheListFromOne() {
        List<ActionCode> reversed = new ArrayList<>(Arrays.asList(ActionCode.values()));
        Collections.reverse(reversed);
        UrgencyOrder order = new UrgencyOrder(reversed);

        for (int i = 0; i < reversed.size(); i++) {
            assertThat(order.rank(reversed.get(i))).isEqualTo(i + 1);
        }
        assertThat(order.getActions()).isEqualTo(reversed);
    }

    @Test
    void anActionIsMoreUrgentOnlyThanThoseAfterIt() {
        List<ActionCode> actions = Arrays.asList(ActionCode.values());
        UrgencyOrder order = new UrgencyOrder(actions);

        for (ActionCode a : actions) {
            for (ActionCode b : actions) {
                assertThat(order.isMoreUrgent(a, b)).as("%s before %s", a, b)
                        .isEqualTo(actions.indexOf(a) < actions.indexOf(b));
            }
        }
    }

    @Test
    void anOrderMissingOrRepeatingAnActionIsRefused() {
        List<ActionCode> all = Arrays.asList(ActionCode.values());
        List<ActionCode> repeated = new ArrayList<>(all);
        repeated.set(1, all.get(0));

        assertThatThrownBy(() -> new UrgencyOrder(all.subList(1, all.size()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UrgencyOrder(repeated)).isInstanceOf(IllegalArgumentException.class);
    }
}
