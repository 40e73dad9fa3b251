package org.dixit.extract;

import java.util.List;

/** One pattern of reported speech; rules run in turn over an article and propose candidates. */
interface Rule {
    void apply(Context ctx, List<Candidate> out);
}
