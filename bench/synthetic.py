"""A generator of realistic synthetic articles in the genre, for benchmarks (text the project makes).

Each article is a short press release or wire story built from templates: a meeting of two
officials, a trade figure, flows of goods in both directions, a joint project, a quote.
"""
from __future__ import annotations

import random

COUNTRIES = [("Belarus", "Belarusian", "Minsk"), ("Tajikistan", "Tajik", "Dushanbe"), ("Uzbekistan", "Uzbek", "Tashkent"),
             ("Kazakhstan", "Kazakh", "Astana"), ("Vietnam", "Vietnamese", "Hanoi"), ("India", "Indian", "New Delhi"),
             ("Brazil", "Brazilian", "Brasilia"), ("Japan", "Japanese", "Tokyo"), ("Sweden", "Swedish", "Stockholm"),
             ("Egypt", "Egyptian", "Cairo"), ("Turkey", "Turkish", "Ankara"), ("Greece", "Greek", "Athens"),
             ("Canada", "Canadian", "Ottawa"), ("Kenya", "Kenyan", "Nairobi"), ("Chile", "Chilean", "Santiago"),
             ("Poland", "Polish", "Warsaw"), ("Indonesia", "Indonesian", "Jakarta"), ("Mexico", "Mexican", "Mexico City")]
GIVEN = ["Ivan", "Aziz", "Maria", "Kenji", "Lars", "Omar", "Ana", "Pedro", "Elena", "Nikos", "Tomas", "Dilshod", "Rustam"]
FAMILY = ["Petrov", "Karimov", "Silva", "Tanaka", "Berg", "Haddad", "Costa", "Novak", "Ivanova", "Pappas", "Rahimov",
          "Sultanov", "Mendes", "Kowalski", "Yilmaz", "Otieno"]
ROLES = ["President", "Prime Minister", "Foreign Minister", "Trade Minister", "Deputy Prime Minister", "Economy Minister"]
GOODS = ["cotton", "wheat", "buses", "trucks", "tractors", "elevators", "fertilisers", "steel", "copper", "coffee",
         "tea", "computers", "pharmaceuticals", "cement", "sugar", "fruit and vegetables", "crude oil", "coal", "carpets"]
PROJECTS = ["joint production of tractors", "joint production of carpets", "construction of a fertiliser plant",
            "joint production of pharmaceuticals", "joint assembly of buses"]


def article(rng: random.Random, index: int) -> tuple[str, str]:
    """The id and text of one synthetic article."""
    (a, a_adj, a_cap), (b, b_adj, b_cap) = rng.sample(COUNTRIES, 2)
    p1 = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    p2 = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    r1, r2 = rng.choice(ROLES), rng.choice(ROLES)
    g1, g2, g3, g4 = rng.sample(GOODS, 4)
    value = rng.choice([120, 250, 480, 900]) * rng.choice([1, 10])
    day, month = rng.randint(1, 28), rng.choice(["March", "April", "October", "November"])
    text = f"""{a_adj} {r1} {p1} held talks with {b_adj} {r2} {p2}

2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}, {a_cap}

{a_adj} {r1} {p1} met {b_adj} {r2} {p2} in {a_cap} on {day} {month}.

“Our bilateral trade has reached ${value} million, and we can do much better,” {p1} said. “We will gladly buy your {g1} and {g2}. And you are interested in our {g3} and {g4}.”

The two sides discussed the {rng.choice(PROJECTS)} in {b_cap}. {b} exports {g2} to {a}, while {a} ships {g3} to {b}.

The {r2.lower()} of {b} noted that cooperation with {a} is of particular importance. Minsk and Dushanbe were not mentioned.
"""
    return f"synthetic-{index:06d}", text


def corpus(n: int, seed: int = 1) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [article(rng, i) for i in range(n)]
