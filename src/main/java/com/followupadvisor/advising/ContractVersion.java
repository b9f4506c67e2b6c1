package com.followupadvisor.advising;

import java.util.EnumSet;
import java.util.Set;

import com.followupadvisor.advice.ActionCode;

/**
 * Which contract an answer is for. Both are answered from one history by one rule set; 1.1's
 * answers ignore the quiet weeks and leave out the actions 1.1 does not know.
 */
public enum ContractVersion {
    V1_1(false, EnumSet.of(ActionCode.ASK_FOR_TIMELINE, ActionCode.SEND_THANK_YOU, ActionCode.WAIT, ActionCode.FOLLOW_UP,
            ActionCode.MOVE_ON, ActionCode.REPLY, ActionCode.KEEP_SEARCHING, ActionCode.NONE)),
    V2_0(true, EnumSet.allOf(ActionCode.class));

    private final boolean quietWeeks;
    private final Set<ActionCode> codes;

    ContractVersion(boolean quietWeeks, Set<ActionCode> codes) {
        this.quietWeeks = quietWeeks;
        this.codes = codes;
    }

    /** Whether the rules' quiet weeks count (they are days of no waiting). */
    public boolean quietWeeks() {
        return quietWeeks;
    }

    /** Whether this contract's answers may hold {@code code}. */
    public boolean knows(ActionCode code) {
        return codes.contains(code);
    }
}
