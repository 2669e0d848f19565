package io.enrollment.app.headless;

import io.enrollment.core.subject.IdentityDocument;
import io.enrollment.core.subject.Subject;
import java.time.LocalDate;
import java.util.List;

/**
 * Plausible, invented people for the headless demo: the same index always gives the same person, so a run can
 * be repeated and compared. Documents are numbered in a range no real series uses and issued by a DEMO authority.
 */
final class DemoSubjects {
    private static final List<String> RU_FAMILY = List.of("Иванова", "Смирнов", "Кузнецова", "Попов", "Васильева",
            "Соколов", "Михайлова", "Новиков", "Фёдорова", "Морозов");
    private static final List<String> RU_GIVEN = List.of("Анна", "Дмитрий", "Елена", "Сергей", "Ольга", "Андрей",
            "Мария", "Алексей", "Татьяна", "Игорь");
    private static final List<String> RU_PATRONYMIC = List.of("Сергеевна", "Иванович", "Петровна", "Алексеевич",
            "Николаевна", "Викторович", "Андреевна", "Олегович", "Юрьевна", "Павлович");
    private static final List<String> KG_FAMILY = List.of("Асанова", "Токтогулов", "Жумабекова", "Осмонов", "Абдыкадырова",
            "Мамытов", "Эсенова", "Бекмуратов", "Садыкова", "Алымбеков");
    private static final List<String> KG_GIVEN = List.of("Айгерим", "Нурлан", "Жылдыз", "Бакыт", "Чолпон", "Азамат",
            "Гульнара", "Эрлан", "Айпери", "Талант");
    private static final List<String> KG_PATRONYMIC = List.of("Маратовна", "Асанович", "Бакытовна", "Жолдошевич",
            "Эркиновна", "Токтомушевич", "Кубанычбековна", "Садырович", "Темирбековна", "Усенович");

    private DemoSubjects() {
    }

    /** The demo person number {@code index} (1-based) for the profile. */
    static Subject subject(String profileId, int index) {
        int i = Math.floorMod(index - 1, RU_FAMILY.size());
        // Spread the birth dates over 1950-2005 without two neighbours sharing a year.
        LocalDate born = LocalDate.of(1950 + Math.floorMod(index * 17, 56), 1 + Math.floorMod(index * 5, 12),
                1 + Math.floorMod(index * 11, 28));
        if ("kg".equals(profileId)) {
            IdentityDocument id = new IdentityDocument("ID_CARD_KG", String.format("ID9%07d", index), "DEMO: ГРС при ПКР");
            return new Subject(id, KG_FAMILY.get(i), KG_GIVEN.get(i), KG_PATRONYMIC.get(i), born);
        }
        IdentityDocument passport = new IdentityDocument("PASSPORT_RU", String.format("9900%06d", index),
                "DEMO: ГУ МВД России по г. Москве");
        return new Subject(passport, RU_FAMILY.get(i), RU_GIVEN.get(i), RU_PATRONYMIC.get(i), born);
    }

    /** How the output names the person without printing their data: the index and the document type. */
    static String label(String profileId, int index) {
        return String.format("demo-%s-%04d", profileId, index);
    }
}
