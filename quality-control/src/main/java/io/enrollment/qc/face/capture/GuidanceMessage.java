package io.enrollment.qc.face.capture;

import io.enrollment.qc.face.Language;

/**
 * What the subject or operator should do, one message at a time (R-FACE-14), in Russian and English.
 * "Left" and "right" are the subject's own.
 */
public enum GuidanceMessage {
    NO_FACE("Look at the camera", "Посмотрите в камеру"),
    ONE_PERSON("Only one person in the frame, please", "В кадре должен быть только один человек"),
    MOVE_CLOSER("Move closer to the camera", "Подойдите ближе к камере"),
    MOVE_BACK("Move back a little: the whole head must be in the frame", "Отойдите немного назад: голова должна быть в кадре целиком"),
    CENTRE_HEAD("Move your head to the centre of the frame", "Расположите голову в центре кадра"),
    TURN_LEFT("Turn your head slightly to your left", "Немного поверните голову влево"),
    TURN_RIGHT("Turn your head slightly to your right", "Немного поверните голову вправо"),
    CHIN_DOWN("Lower your chin slightly", "Немного опустите подбородок"),
    CHIN_UP("Raise your chin slightly", "Немного поднимите подбородок"),
    STRAIGHTEN_HEAD("Hold your head straight, do not tilt it", "Держите голову прямо, не наклоняйте её"),
    UNCOVER_FACE("Uncover your face: move hair, hands or objects away from eyes and mouth", "Откройте лицо: уберите волосы, руки или предметы от глаз и рта"),
    OPEN_EYES("Open your eyes", "Откройте глаза"),
    CLOSE_MOUTH("Close your mouth", "Закройте рот"),
    NEUTRAL_FACE("Keep a neutral expression, please do not smile", "Сохраняйте нейтральное выражение лица, не улыбайтесь"),
    EVEN_LIGHT("Lighting is uneven: adjust the lamps or turn towards the light", "Освещение неравномерное: поправьте свет или повернитесь к источнику света"),
    MORE_LIGHT("Too dark: add light", "Слишком темно: добавьте света"),
    LESS_GLARE("Glare on the face: reduce direct light or flash", "Блики на лице: уменьшите прямой свет или вспышку"),
    REMOVE_SUNGLASSES("Take off sunglasses", "Снимите солнцезащитные очки"),
    GLASSES_GLARE("Reflections on the glasses: tilt them slightly or take them off", "Блики на очках: слегка наклоните очки или снимите их"),
    HOLD_STILL("Hold still: the image is blurred", "Не двигайтесь: изображение размыто"),
    COLOUR_IMAGE("A colour image is required (24-bit RGB)", "Требуется цветное изображение (24 бита RGB)"),
    ORIGINAL_IMAGE("Use the original, unedited photograph", "Используйте исходную, не отредактированную фотографию"),
    STORE_AS_JPEG_OR_PNG("Store the image as JPEG or PNG", "Сохраните изображение в формате JPEG или PNG"),
    VERIFY_MANUALLY("The operator must confirm this by looking at the photograph", "Оператор должен подтвердить это, посмотрев на фотографию"),
    HOLD_ON("Hold still, capturing…", "Не двигайтесь, идёт съёмка…"),
    CAPTURED("Done, thank you", "Готово, спасибо");

    private final String en;
    private final String ru;

    GuidanceMessage(String en, String ru) {
        this.en = en;
        this.ru = ru;
    }

    public String text(Language language) {
        return language == Language.RU ? ru : en;
    }

    /** The message whose text (in any language) is {@code text}, if any. */
    public static java.util.Optional<GuidanceMessage> fromText(String text) {
        for (GuidanceMessage m : values()) {
            if (m.en.equals(text) || m.ru.equals(text)) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }
}
