"""A whole web page saved as plain text, in any language: its template (lines said
again word for word) tells it from an article when the English furniture lexicons
recognise nothing; a list-heavy article without repeated lines stays whole."""

from __future__ import annotations

from storyline.clean.noise import clean_text

MENU = ["Início", "Notícias", "Esportes", "Cultura", "Receitas", "Contato", "Busca", "Assinar"]
ARTICLE = [
    "A prefeitura de Velmora aprovou na quinta-feira a reforma da antiga estação de bondes, que vai virar uma biblioteca pública.",
    "O projeto custará 14 milhões de reais e deve ficar pronto em 2027, segundo o gabinete do prefeito depois da votação.",
    "Os vereadores da oposição disseram que o dinheiro seria mais bem gasto na reforma das escolas da cidade, algumas com goteiras.",
    "A obra começa no mês que vem e deve gerar cerca de duzentos empregos diretos na região central, segundo a prefeitura.",
]
SHARE = "Whatsapp Facebook Twitter Baixar"
TEASERS = ["Mensagens de Bom Dia", "Mensagens de Amor", "Feliz Aniversário", "Mensagens de Fé", "Natal e Ano Novo",
           "Mensagens de Paz", "Mensagens Tristes", "Reflexão da Vida", "Mensagem de Sabedoria", "Quem Sou Eu"]


def _page() -> str:
    lines = MENU + ["Velmora terá nova biblioteca", SHARE] + ARTICLE + [SHARE]
    for t in TEASERS[:4]:
        lines += [t, SHARE]
    lines += TEASERS + MENU
    return "\n\n".join(lines)


def test_a_templated_page_in_another_language_keeps_only_its_article():
    c = clean_text(_page())
    for p in ARTICLE:
        assert p in c.text
    assert "Mensagens de Bom Dia" not in c.text
    assert "Esportes" not in c.text


def test_a_list_heavy_article_without_repeats_stays_whole():
    # the same amount of short lines, none repeated: an article with lists, not a page
    items = [f"{n} colheres de {x}" for n, x in zip(range(1, 31), ["açúcar", "farinha", "leite", "manteiga", "sal", "fermento"] * 5)]
    text = "\n\n".join(ARTICLE[:2] + items + ARTICLE[2:])
    c = clean_text(text)
    for line in ARTICLE + items:
        assert line in c.text


def test_a_few_repeated_lines_do_not_make_a_page():
    # a refrain said twice (a song, a chant in an article): under the threshold
    items = [f"Linha {n} da lista de compras da cooperativa" for n in range(1, 29)]
    text = "\n\n".join(ARTICLE[:2] + ["Sim, sim", "Não, não"] + items + ["Sim, sim", "Não, não"] + ARTICLE[2:])
    c = clean_text(text)
    for line in ARTICLE + items:
        assert line in c.text


def test_an_english_plan_that_repeats_its_headings_stays_whole():
    # an English meal plan repeats "Pre-Workout Meal" each day: its lines are the article
    intro = ("This plan gives you five days of meals for training weeks, with a snack before and after "
             "each workout and a simple dinner that keeps well in the fridge.")
    days = []
    for d in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]:
        days += [f"Meal plan for {d}", "Pre-Workout Meal", "Eat 60 to 90 minutes before your workout",
                 f"Porridge with {d.lower()} berries", "Post-Workout Meal", "Eat within two hours"]
    text = "\n\n".join([intro] + days + [intro.replace("This plan", "The plan")])
    c = clean_text(text)
    assert all(line in c.text for line in days)
