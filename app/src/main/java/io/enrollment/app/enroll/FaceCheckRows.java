package io.enrollment.app.enroll;

import io.enrollment.app.i18n.Messages;
import io.enrollment.core.quality.QualityReport;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of the face step's rule indicators. Verdicts change many times a second while live, so a report is
 * shown by replacing only the rows that changed while the rules stay the same ({@link FaceRuleIndicators} then
 * updates those rows' nodes in place).
 */
final class FaceCheckRows {
    private final Messages messages;
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> readOnly = FXCollections.unmodifiableObservableList(rows);

    FaceCheckRows(Messages messages) {
        this.messages = messages;
    }

    void show(QualityReport report) {
        List<CheckRow> now = CheckRow.of(report.checks(), messages);
        boolean sameRules = now.size() == rows.size();
        for (int i = 0; sameRules && i < now.size(); i++) {
            sameRules = now.get(i).ruleId().equals(rows.get(i).ruleId()) && now.get(i).name().equals(rows.get(i).name());
        }
        if (!sameRules) {
            rows.setAll(now);
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(rows.get(i))) {
                rows.set(i, now.get(i));
            }
        }
    }

    void clear() {
        rows.clear();
    }

    ObservableList<CheckRow> rows() {
        return readOnly;
    }
}
