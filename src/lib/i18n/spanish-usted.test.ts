import { describe, expect, it } from 'vitest';
import es from '../../../messages/es.json';

// Glokal addresses its Spanish readers as usted, never tú: officials and elected representatives
// in Latin America expect the formal address. These are the forms of tú that slip in most often.

const words = (list: string) => new RegExp(`(?<![\\p{L}])(?:${list})(?![\\p{L}])`, 'iu');
const sentenceStart = (list: string) => new RegExp(`(?<=^|[.:!?¡¿]\\s*|\\n)(?:${list})(?![\\p{L}])`, 'u');

const tu = [
	// Pronouns and possessives ("te" and "ti" only exist as the pronoun; tea is "té").
	words('tú|tu|tus|te|ti|contigo|tuy[oa]s?'),
	// Present, past and future of the verbs messages use most.
	words(
		'tienes|puedes|debes|quieres|estás|eres|has|sabes|necesitas|encuentras|prefieres|deseas|olvidaste|elegiste|enviaste|podrás|verás|recibirás|tendrás|encontrarás'
	),
	// Negative commands: "no elijas", "no marques".
	words('no (?:elijas|marques|olvides|uses|dejes|cambies|escribas|envíes|borres|cierres)'),
	// Affirmative commands, with their pronouns ("Abre", "Cierra" and "Acepta" also say what a call does).
	sentenceStart(
		'Elige|Escribe|Introduce|Indica|Deja|Pulsa|Haz|Pon|Revisa|Comprueba|Prueba|Corrige|Copia|Crea|Filtra|Mantén|Inicia|Selecciona|Añade|Usa|Vuelve|Intenta|Guarda|Completa|Confirma|Marca|Consulta'
	),
	words(
		'inténtalo|déjalo|mantenlo|corrígelos|corrígelo|revócalo|añádelo|guárdalo|ábrelo|añadirte|contactarte|escríbenos|cuéntanos|asegúrate|regístrate|únete|inscríbete'
	)
];

function tuFormsIn(text: string): string[] {
	return tu.flatMap((pattern) => pattern.exec(text)?.[0].trim() ?? []);
}

describe('Spanish messages', () => {
	it('address the reader as usted', () => {
		const found = Object.entries(es as Record<string, string>)
			.filter(([key]) => key !== '$schema')
			.flatMap(([key, text]) => tuFormsIn(text).map((form) => `${key}: «${form}» in «${text}»`));
		expect(found).toEqual([]);
	});

	it('catch the tú forms that used to slip in, and leave usted alone', () => {
		expect(tuFormsIn('Introduce tu contraseña.').sort()).toEqual(['Introduce', 'tu']);
		expect(tuFormsIn('¿Has olvidado tu contraseña?')).toContain('Has');
		expect(tuFormsIn('No elijas ningún país. Mantén Ctrl para elegir varios.').sort()).toEqual(['Mantén', 'No elijas']);
		expect(tuFormsIn('Se produjo un error. Inténtalo de nuevo.')).toEqual(['Inténtalo']);
		expect(tuFormsIn('¡Te damos la bienvenida!')).toEqual(['Te']);
		expect(tuFormsIn('Introduzca su contraseña. ¿Ha olvidado su contraseña? Inténtelo de nuevo.')).toEqual([]);
		expect(tuFormsIn('La tutela de los datos. Responde en nombre de Pasto. Abre pronto. El té está listo.')).toEqual(
			[]
		);
	});
});
