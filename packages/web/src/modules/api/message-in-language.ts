/** The server writes its messages "Vietnamese / English": keep the part in the user's language. */
export function messageInLanguage(message: string, language: string): string {
  const [vi, en] = message.split(' / ');
  return (language === 'en' ? en : vi) ?? message;
}
